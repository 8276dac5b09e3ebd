-- Accounts: members sign in with an email and a PBKDF2 password hash.
create table member (
    id             bigserial    primary key,
    email          varchar(254) not null,
    display_name   varchar(100) not null,
    password_hash  varchar(512) not null,
    admin          boolean      not null default false,
    suspended      boolean      not null default false,
    created_at     timestamptz  not null default now(),
    password_changed_at timestamptz not null default now()
);
-- Emails are stored lower-cased; uniqueness is the database's job, not only the service's.
create unique index member_email_uq on member (email);
create index member_display_name_idx on member (lower(display_name));

-- Every sign-in attempt, for throttling by account and by address.
create table sign_in_attempt (
    id            bigserial    primary key,
    email         varchar(254) not null,
    address       varchar(64)  not null,
    outcome       varchar(16)  not null check (outcome in ('SUCCEEDED', 'FAILED', 'LOCKED')),
    attempted_at  timestamptz  not null default now()
);
create index sign_in_attempt_email_idx on sign_in_attempt (email, attempted_at);
create index sign_in_attempt_address_idx on sign_in_attempt (address, attempted_at);

-- An account locked after too many failures; keyed by email so that unknown emails lock too
-- (a lock message must not tell whether an account exists).
create table sign_in_lock (
    email         varchar(254) primary key,
    locked_until  timestamptz  not null
);

-- Who granted or revoked the admin role, and when.
create table admin_role_change (
    id          bigserial   primary key,
    member_id   bigint      not null references member (id),
    granted     boolean     not null,
    changed_by  bigint      not null references member (id),
    changed_at  timestamptz not null default now()
);

-- Whether each installed plugin is enabled; rows appear the first time a plugin is seen.
create table plugin_state (
    plugin_id   varchar(64)  primary key,
    enabled     boolean      not null,
    changed_at  timestamptz  not null default now(),
    changed_by  bigint       references member (id)
);

-- The history of every enable/disable: who, when, what.
create table plugin_state_change (
    id          bigserial    primary key,
    plugin_id   varchar(64)  not null,
    enabled     boolean      not null,
    changed_by  bigint       references member (id),
    changed_at  timestamptz  not null default now()
);
create index plugin_state_change_plugin_idx on plugin_state_change (plugin_id, changed_at desc);
