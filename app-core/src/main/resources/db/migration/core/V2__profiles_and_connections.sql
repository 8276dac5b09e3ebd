-- Profiles, connections with context, follows, blocks, reports, suggestions (issue #3).
-- Shared schema of the profile, connection and search features; each feature may add its own
-- later migrations (profile V3_*, connection V4_*, search V5_*).

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Who sees a part of a profile: EVERYONE, MEMBERS or CONNECTIONS.
create table profile (
    member_id            bigint       primary key references member (id),
    handle               varchar(40)  not null,
    headline             varchar(220),
    location             varchar(100),
    about                varchar(2600),
    photo_version        integer,      -- null: no photo; bumped on every new photo (cache key)
    open_advice          boolean      not null default false,
    open_mentoring       boolean      not null default false,
    open_collaboration   boolean      not null default false,
    open_hiring          boolean      not null default false,
    open_being_hired     boolean      not null default false,
    photo_visibility       varchar(12) not null default 'EVERYONE',
    headline_visibility    varchar(12) not null default 'EVERYONE',
    location_visibility    varchar(12) not null default 'MEMBERS',
    about_visibility       varchar(12) not null default 'MEMBERS',
    experience_visibility  varchar(12) not null default 'MEMBERS',
    education_visibility   varchar(12) not null default 'MEMBERS',
    skills_visibility      varchar(12) not null default 'MEMBERS',
    open_to_visibility     varchar(12) not null default 'MEMBERS',
    connections_visibility varchar(12) not null default 'CONNECTIONS',
    sections_visibility    varchar(12) not null default 'MEMBERS', -- sections added by plugins
    updated_at           timestamptz  not null default now(),
    constraint profile_visibility_ck check (
        photo_visibility in ('EVERYONE','MEMBERS','CONNECTIONS') and headline_visibility in ('EVERYONE','MEMBERS','CONNECTIONS')
        and location_visibility in ('EVERYONE','MEMBERS','CONNECTIONS') and about_visibility in ('EVERYONE','MEMBERS','CONNECTIONS')
        and experience_visibility in ('EVERYONE','MEMBERS','CONNECTIONS') and education_visibility in ('EVERYONE','MEMBERS','CONNECTIONS')
        and skills_visibility in ('EVERYONE','MEMBERS','CONNECTIONS') and open_to_visibility in ('EVERYONE','MEMBERS','CONNECTIONS')
        and connections_visibility in ('EVERYONE','MEMBERS','CONNECTIONS') and sections_visibility in ('EVERYONE','MEMBERS','CONNECTIONS'))
);
create unique index profile_handle_uq on profile (handle);

-- Every existing member gets a profile with a provisional handle.
insert into profile (member_id, handle) select id, 'member-' || id from member;

-- Re-encoded photos, one row per size the pages use (so every instance serves them; no local files).
create table profile_photo (
    member_id     bigint      not null references member (id),
    size_name     varchar(16) not null,
    content_type  varchar(32) not null,
    bytes         bytea       not null,
    version       integer     not null,
    primary key (member_id, size_name)
);

create table experience (
    id            bigserial    primary key,
    member_id     bigint       not null references member (id),
    title         varchar(120) not null,
    organisation  varchar(120) not null,
    start_month   date         not null,  -- first day of the month
    end_month     date,                   -- null: current
    description   varchar(2000),
    constraint experience_months_ck check (end_month is null or end_month >= start_month)
);
create index experience_member_idx on experience (member_id);
create index experience_organisation_idx on experience (lower(organisation));

create table education (
    id            bigserial    primary key,
    member_id     bigint       not null references member (id),
    school        varchar(120) not null,
    degree        varchar(120),
    field         varchar(120),
    start_year    integer,
    end_year      integer,
    constraint education_years_ck check (end_year is null or start_year is null or end_year >= start_year)
);
create index education_member_idx on education (member_id);
create index education_school_idx on education (lower(school));

-- Skills are shared: "java", "Java " and "JAVA" are one skill (normalised name).
create table skill (
    id          bigserial   primary key,
    normalised  varchar(60) not null,
    name        varchar(60) not null
);
create unique index skill_normalised_uq on skill (normalised);
create index skill_normalised_trgm on skill using gin (normalised gin_trgm_ops);

create table member_skill (
    member_id  bigint not null references member (id),
    skill_id   bigint not null references skill (id),
    primary key (member_id, skill_id)
);
create index member_skill_skill_idx on member_skill (skill_id, member_id);

-- Invitations: how the two know each other is required; the note is optional.
create table invitation (
    id            bigserial    primary key,
    sender_id     bigint       not null references member (id),
    recipient_id  bigint       not null references member (id),
    how_met       varchar(20)  not null check (how_met in ('WORKED_TOGETHER','STUDIED_TOGETHER','MET_AT_EVENT','INTRODUCED','OTHER')),
    note          varchar(300),
    status        varchar(12)  not null default 'PENDING' check (status in ('PENDING','ACCEPTED','DECLINED','WITHDRAWN','EXPIRED')),
    not_now       boolean      not null default false,
    created_at    timestamptz  not null default now(),
    answered_at   timestamptz,
    constraint invitation_not_self_ck check (sender_id <> recipient_id)
);
-- at most one pending invitation between two members, whoever sent it
create unique index invitation_pending_pair_uq on invitation (least(sender_id, recipient_id), greatest(sender_id, recipient_id))
    where status = 'PENDING';
create index invitation_recipient_idx on invitation (recipient_id, status, created_at desc);
create index invitation_sender_idx on invitation (sender_id, status, created_at desc);

-- A connection is stored as two directed edges, so "connections of m" is one index range.
create table connection_edge (
    member_id     bigint       not null references member (id),
    other_id      bigint       not null references member (id),
    how_met       varchar(20)  not null,
    connected_at  timestamptz  not null default now(),
    primary key (member_id, other_id),
    constraint connection_not_self_ck check (member_id <> other_id)
);
create index connection_edge_other_idx on connection_edge (other_id, member_id);

create table follow (
    follower_id  bigint      not null references member (id),
    followee_id  bigint      not null references member (id),
    created_at   timestamptz not null default now(),
    primary key (follower_id, followee_id),
    constraint follow_not_self_ck check (follower_id <> followee_id)
);
create index follow_followee_idx on follow (followee_id, follower_id);

create table member_block (
    blocker_id  bigint      not null references member (id),
    blocked_id  bigint      not null references member (id),
    created_at  timestamptz not null default now(),
    primary key (blocker_id, blocked_id),
    constraint block_not_self_ck check (blocker_id <> blocked_id)
);
create index member_block_blocked_idx on member_block (blocked_id, blocker_id);

-- Reports of members, for the admin queue (content reports join it later).
create table member_report (
    id           bigserial    primary key,
    reporter_id  bigint       not null references member (id),
    reported_id  bigint       not null references member (id),
    reason       varchar(20)  not null,
    text         varchar(2000),
    status       varchar(12)  not null default 'OPEN' check (status in ('OPEN','DISMISSED','WARNED','SUSPENDED')),
    created_at   timestamptz  not null default now(),
    handled_by   bigint       references member (id),
    handled_at   timestamptz
);
create index member_report_open_idx on member_report (status, created_at);

-- Warnings an admin sent to a member; shown to them until acknowledged.
create table member_warning (
    id               bigserial     primary key,
    member_id        bigint        not null references member (id),
    report_id        bigint        references member_report (id),
    message          varchar(1000) not null,
    created_at       timestamptz   not null default now(),
    acknowledged_at  timestamptz
);
create index member_warning_member_idx on member_warning (member_id) where acknowledged_at is null;

-- "Not this person": a dismissed suggestion is never suggested again.
create table suggestion_dismissal (
    member_id     bigint      not null references member (id),
    dismissed_id  bigint      not null references member (id),
    created_at    timestamptz not null default now(),
    primary key (member_id, dismissed_id)
);
