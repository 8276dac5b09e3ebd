-- Accounts people can trust: verified email, the recipient's language, single-use links, and
-- the mail outbox that a worker on any instance drains.
alter table member add column email_verified_at timestamptz;
alter table member add column language varchar(8) not null default 'en';
-- Members who signed up before verification existed keep their access.
update member set email_verified_at = created_at;

-- A single-use link (email verification, password reset): only a SHA-256 hash of the token is
-- stored, so a copy of the database opens no account.
create table account_token (
    id          bigserial    primary key,
    member_id   bigint       not null references member (id),
    purpose     varchar(16)  not null check (purpose in ('VERIFY', 'RESET')),
    token_hash  varchar(64)  not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create unique index account_token_hash_uq on account_token (token_hash);
create index account_token_member_idx on account_token (member_id, purpose, created_at);

-- Requests for a mail that a stranger may trigger (password reset), counted per email and per
-- client address so that nobody floods an inbox; shared by every instance.
create table account_mail_request (
    id            bigserial    primary key,
    kind          varchar(16)  not null,
    email         varchar(254) not null,
    address       varchar(64)  not null,
    requested_at  timestamptz  not null
);
create index account_mail_request_email_idx on account_mail_request (kind, email, requested_at);
create index account_mail_request_address_idx on account_mail_request (kind, address, requested_at);

-- Mail waiting to go out. A worker claims due rows with FOR UPDATE SKIP LOCKED, so instances
-- never send one twice; a failure pushes next_attempt_at back and keeps the error.
create table mail_outbox (
    id               bigserial    primary key,
    recipient        varchar(254) not null,
    member_id        bigint       references member (id),
    subject          varchar(300) not null,
    text_body        text         not null,
    html_body        text         not null,
    created_at       timestamptz  not null,
    next_attempt_at  timestamptz  not null,
    attempts         int          not null default 0,
    last_error       varchar(1000),
    sent_at          timestamptz,
    failed_at        timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where sent_at is null and failed_at is null;

-- Signed-in sessions, checked on every signed-in request: ending a row here signs that browser
-- out on whichever instance it next reaches (password reset, "sign out other sessions").
create table member_session (
    id            bigserial    primary key,
    member_id     bigint       not null references member (id),
    key_hash      varchar(64)  not null,
    user_agent    varchar(300) not null,
    address       varchar(64)  not null,
    created_at    timestamptz  not null,
    last_seen_at  timestamptz  not null,
    ended_at      timestamptz
);
create unique index member_session_key_uq on member_session (key_hash);
create index member_session_member_idx on member_session (member_id) where ended_at is null;
