-- The events plugin's tables. Members are referred to by id only (no foreign keys into core tables):
-- the plugin's data lives and evolves apart from the core's (flyway_history_events).

create table events_event (
    id                     bigserial primary key,
    host_id                bigint       not null,
    title                  varchar(150) not null,
    description            text         not null default '',
    start_at               timestamptz  not null,
    end_at                 timestamptz  not null,
    time_zone              varchar(64)  not null,
    online_url             varchar(500),
    venue                  varchar(150),
    address                varchar(300),
    capacity               integer check (capacity is null or capacity > 0),
    visibility             varchar(16)  not null check (visibility in ('PUBLIC', 'CONNECTIONS', 'INVITE_ONLY')),
    has_cover              boolean      not null default false,
    cancelled_at           timestamptz,
    -- set once, by the one scheduler that claims the ended event (co-attendance interactions)
    attendance_recorded_at timestamptz,
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    check (end_at > start_at)
);
-- lists and search page by (start_at, id); the past list walks it backwards
create index events_event_start_idx on events_event (start_at, id);
create index events_event_host_idx on events_event (host_id, start_at);
create index events_event_unrecorded_idx on events_event (end_at) where attendance_recorded_at is null;
create index events_event_search_idx on events_event
    using gin ((lower(title || ' ' || coalesce(venue, '') || ' ' || coalesce(address, ''))) gin_trgm_ops);

create table events_host (
    event_id  bigint      not null references events_event (id) on delete cascade,
    member_id bigint      not null,
    role      varchar(8)  not null check (role in ('HOST', 'COHOST')),
    added_at  timestamptz not null default now(),
    primary key (event_id, member_id)
);
create index events_host_member_idx on events_host (member_id);

create sequence events_waitlist_seq;

create table events_attendee (
    event_id      bigint      not null references events_event (id) on delete cascade,
    member_id     bigint      not null,
    status        varchar(12) not null check (status in ('GOING', 'MAYBE', 'NOT_GOING', 'WAITLISTED')),
    -- order of the waitlist: taken from events_waitlist_seq when the member joins it
    waitlist_seq  bigint,
    updated_at    timestamptz not null default now(),
    primary key (event_id, member_id)
);
create index events_attendee_member_idx on events_attendee (member_id, status);
create index events_attendee_waitlist_idx on events_attendee (event_id, waitlist_seq) where status = 'WAITLISTED';

create table events_invitation (
    event_id   bigint      not null references events_event (id) on delete cascade,
    member_id  bigint      not null,
    inviter_id bigint      not null,
    created_at timestamptz not null default now(),
    primary key (event_id, member_id)
);
-- the weekly invitation limit counts an event's recent invitations
create index events_invitation_recent_idx on events_invitation (event_id, created_at);
create index events_invitation_member_idx on events_invitation (member_id);

create table events_comment (
    id         bigserial primary key,
    event_id   bigint        not null references events_event (id) on delete cascade,
    author_id  bigint        not null,
    body       varchar(2000) not null,
    created_at timestamptz   not null default now()
);
create index events_comment_event_idx on events_comment (event_id, id);

create table events_comment_reaction (
    comment_id bigint      not null references events_comment (id) on delete cascade,
    member_id  bigint      not null,
    created_at timestamptz not null default now(),
    primary key (comment_id, member_id)
);

-- One row per reminder sent: the primary key makes "send once" hold across instances, since
-- concurrent claims of the same reminder insert the same key and only one of them succeeds.
create table events_reminder (
    event_id  bigint      not null references events_event (id) on delete cascade,
    member_id bigint      not null,
    kind      varchar(4)  not null check (kind in ('24h', '1h')),
    sent_at   timestamptz not null default now(),
    primary key (event_id, member_id, kind)
);

-- Follow-up marks: member_id met met_id at event_id. Private to member_id until the mark is mutual.
create table events_met (
    event_id   bigint      not null references events_event (id) on delete cascade,
    member_id  bigint      not null,
    met_id     bigint      not null,
    created_at timestamptz not null default now(),
    primary key (event_id, member_id, met_id)
);
create index events_met_member_idx on events_met (member_id, created_at);

create table events_cover (
    event_id bigint  not null references events_event (id) on delete cascade,
    width    integer not null,
    jpeg     bytea   not null,
    primary key (event_id, width)
);
