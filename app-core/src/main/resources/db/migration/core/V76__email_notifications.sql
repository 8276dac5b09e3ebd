-- Email notifications: per-type email choices next to the in-app ones, and one-click
-- unsubscribe links (RFC 8058) that work without signing in.

-- A member's explicit email choice per kind (a notification type, or 'digest' for the weekly
-- catch-up). Without a row the default applies (EmailPreferences.DEFAULT_ON).
create table email_preference (
    member_id   bigint       not null references member (id) on delete cascade,
    kind        varchar(80)  not null,
    enabled     boolean      not null,
    changed_at  timestamptz  not null,
    primary key (member_id, kind)
);

-- The unsubscribe link of one mail: only the SHA-256 of its random token is stored, so the
-- table opens nothing; the link turns off one kind of mail for one member.
create table email_unsubscribe (
    token_hash  varchar(64)  primary key,
    member_id   bigint       not null references member (id) on delete cascade,
    kind        varchar(80)  not null,
    created_at  timestamptz  not null,
    used_at     timestamptz
);
create index email_unsubscribe_member_idx on email_unsubscribe (member_id);

-- The List-Unsubscribe address of a queued mail (null: a mail one cannot unsubscribe from,
-- such as a password reset).
alter table mail_outbox add column unsubscribe_url varchar(500);

-- The other members a queued or sent mail names (the actor of a notice, the people listed in a
-- digest), so that deleting one of them deletes those mails too.
create table mail_mention (
    outbox_id  bigint  not null references mail_outbox (id) on delete cascade,
    member_id  bigint  not null references member (id) on delete cascade,
    primary key (outbox_id, member_id)
);
create index mail_mention_member_idx on mail_mention (member_id);
