-- "Download my data", built in the background: a request, claimed by one instance's job,
-- which records its progress and finally stores the ZIP; the download expires after 7 days
-- (then the bytes are dropped).
create table member_export (
    id            bigserial    primary key,
    member_id     bigint       not null references member (id) on delete cascade,
    status        varchar(10)  not null check (status in ('QUEUED', 'BUILDING', 'READY', 'FAILED', 'EXPIRED')),
    requested_at  timestamptz  not null,
    claimed_at    timestamptz,
    steps_done    integer      not null default 0,
    steps_total   integer      not null default 0,
    ready_at      timestamptz,
    expires_at    timestamptz,
    size_bytes    bigint,
    zip           bytea,
    error         varchar(500)
);
create index member_export_member_idx on member_export (member_id, requested_at desc);
create index member_export_status_idx on member_export (status, requested_at);
