-- The sponsored content plugin's tables (its own Flyway history: flyway_history_sponsored).
-- Members are referred to by id only; amounts are integer minor units of the instance currency,
-- spend is kept in thousandths of a minor unit so that a price per 1,000 impressions adds up exactly.

create table sponsored_setting (
    key         varchar(40) primary key,
    value       varchar(200) not null,
    updated_by  bigint not null,
    updated_at  timestamptz not null
);

create table sponsored_setting_audit (
    id          bigserial primary key,
    key         varchar(40) not null,
    old_value   varchar(200),
    new_value   varchar(200) not null,
    changed_by  bigint not null,
    changed_at  timestamptz not null
);

-- The advertiser capability: a member applies with the organisation and the payer, an admin decides.
create table sponsored_advertiser (
    member_id    bigint primary key,
    organisation varchar(120) not null,
    payer        varchar(120) not null,
    status       varchar(10) not null check (status in ('PENDING', 'APPROVED', 'DECLINED', 'REVOKED')),
    reason       varchar(500),
    applied_at   timestamptz not null,
    decided_by   bigint,
    decided_at   timestamptz
);
create index sponsored_advertiser_pending on sponsored_advertiser (applied_at) where status = 'PENDING';

create table sponsored_campaign (
    id              bigserial primary key,
    advertiser_id   bigint not null,
    organisation    varchar(120) not null,
    payer           varchar(120) not null,
    name            varchar(100) not null,
    headline        varchar(100),
    body            varchar(600),
    landing_url     varchar(500),
    call_to_action  varchar(20) not null,
    start_date      date not null,
    end_date        date not null,
    total_budget    bigint not null check (total_budget > 0),
    daily_budget    bigint not null check (daily_budget > 0),
    spent_milli     bigint not null default 0,
    status          varchar(10) not null check (status in ('DRAFT', 'REVIEW', 'RUNNING', 'PAUSED', 'REJECTED', 'ENDED')),
    paused_by       varchar(10) check (paused_by in ('ADVERTISER', 'ADMIN', 'REPORTS')),
    reject_reason   varchar(500),
    skills          text[] not null default '{}',
    locations       text[] not null default '{}',
    titles          text[] not null default '{}',
    organisations   text[] not null default '{}',
    languages       text[] not null default '{}',
    created_at      timestamptz not null,
    submitted_at    timestamptz,
    decided_by      bigint,
    decided_at      timestamptz,
    first_shown_at  timestamptz,
    last_shown_at   timestamptz,
    purged_at       timestamptz,
    check (spent_milli <= total_budget * 1000),
    check (end_date >= start_date)
);
create index sponsored_campaign_advertiser on sponsored_campaign (advertiser_id, id);
create index sponsored_campaign_running on sponsored_campaign (status, start_date, end_date);
create index sponsored_campaign_library on sponsored_campaign (organisation, id) where first_shown_at is not null;

-- Spend per campaign and UTC day: the daily budget is checked against this row.
create table sponsored_daily_spend (
    campaign_id bigint not null references sponsored_campaign (id),
    day         date not null,
    spent_milli bigint not null default 0,
    primary key (campaign_id, day)
);

-- One row per feed page that rendered an ad; the token is the opaque id a click carries.
create table sponsored_impression (
    token        uuid primary key,
    campaign_id  bigint not null references sponsored_campaign (id),
    member_id    bigint not null,
    day          date not null,
    shown_at     timestamptz not null,
    cost_milli   bigint not null,
    matched      text[] not null default '{}',  -- the targeting parameters that matched, for "Why am I seeing this?"
    clicked_at   timestamptz
);
create index sponsored_impression_frequency on sponsored_impression (campaign_id, member_id, day);
create index sponsored_impression_day on sponsored_impression (campaign_id, day);

create table sponsored_member_choice (
    member_id     bigint primary key,
    sponsored_off boolean not null default false,
    targeting_on  boolean not null default false,
    updated_at    timestamptz not null
);

create table sponsored_hidden_campaign (
    member_id   bigint not null,
    campaign_id bigint not null references sponsored_campaign (id),
    hidden_at   timestamptz not null,
    primary key (member_id, campaign_id)
);

create table sponsored_hidden_advertiser (
    member_id     bigint not null,
    advertiser_id bigint not null,
    hidden_at     timestamptz not null,
    primary key (member_id, advertiser_id)
);

-- Members' reports about an ad: one per member and campaign, into the admin queue.
create table sponsored_ad_report (
    id          bigserial primary key,
    campaign_id bigint not null references sponsored_campaign (id),
    member_id   bigint not null,
    reason      varchar(20) not null,
    reported_at timestamptz not null,
    unique (campaign_id, member_id)
);
