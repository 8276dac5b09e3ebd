-- Account deletion: a request waits 14 days (signing in cancels it), then a job erases the
-- member. The row stays as the audit line: ids and times only, no personal data.
create table account_deletion (
    id            bigserial   primary key,
    member_id     bigint      not null,
    requested_at  timestamptz not null,
    due_at        timestamptz not null,
    cancelled_at  timestamptz,
    completed_at  timestamptz
);
create index account_deletion_due_idx on account_deletion (due_at) where cancelled_at is null and completed_at is null;
create unique index account_deletion_pending_uq on account_deletion (member_id) where cancelled_at is null and completed_at is null;

-- "A deleted member": what others see in place of someone who left, in the conversations and
-- threads they took part in. Suspended, so it cannot sign in or be found; its password hash is
-- of random bytes nobody kept.
insert into member (email, display_name, password_hash, suspended, email_verified_at, created_at, password_changed_at)
values ('deleted-member@rapport.invalid', 'A deleted member', 'PBKDF2WithHmacSHA512:210000:5hddnXr9KibnQIyyH7D0x+4+y2W2txhRE34RPT6L/Is=:NMYhGA+zTdGDK6rfcaR0UDhOFmPP4QFj48swcD9Ijkw=', true, now(), now(), now());
insert into profile (member_id, handle) select id, 'deleted-member' from member where email = 'deleted-member@rapport.invalid';
