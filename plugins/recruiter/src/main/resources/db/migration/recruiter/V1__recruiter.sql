-- Recruiter plugin. Members are referred to by id only (no foreign key into the core's tables).

-- An organisation: created by a member, usable once an admin approved it.
create table recruiter_organisation (
    id          bigserial    primary key,
    slug        varchar(60)  not null unique,
    name        varchar(120) not null,
    website     varchar(300),
    description varchar(4000) not null default '',
    status      varchar(10)  not null default 'PENDING' check (status in ('PENDING','APPROVED','DECLINED')),
    created_by  bigint       not null,
    created_at  timestamptz  not null,
    decided_by  bigint,
    decided_at  timestamptz
);

-- The recruiters of an organisation: they see its jobs, pipelines and notes, nobody else does.
create table recruiter_recruiter (
    organisation_id bigint not null references recruiter_organisation (id),
    member_id       bigint not null,
    added_at        timestamptz not null,
    primary key (organisation_id, member_id)
);
create index recruiter_recruiter_member_idx on recruiter_recruiter (member_id);

-- A job: the pay range is required (EU 2023/970 Art. 5); there is no pay-history field anywhere.
create table recruiter_job (
    id              bigserial     primary key,
    organisation_id bigint        not null references recruiter_organisation (id),
    title           varchar(150)  not null,
    location        varchar(150)  not null default '',
    remote          boolean       not null default false,
    employment_type varchar(12)   not null check (employment_type in ('FULL_TIME','PART_TIME','CONTRACT','TEMPORARY','INTERNSHIP')),
    description     varchar(8000) not null default '',
    skills          varchar(500)  not null default '',
    pay_min         integer       not null check (pay_min >= 0),
    pay_max         integer       not null,
    currency        char(3)       not null,
    pay_period      varchar(6)    not null check (pay_period in ('HOUR','MONTH','YEAR')),
    status          varchar(6)    not null default 'OPEN' check (status in ('OPEN','CLOSED')),
    outcome         varchar(12)   check (outcome in ('FILLED','CANCELLED','EXPIRED')),
    created_by      bigint        not null,
    created_at      timestamptz   not null,
    expires_at      timestamptz   not null,
    closed_at       timestamptz,
    check (pay_min <= pay_max)
);
create index recruiter_job_open_idx on recruiter_job (id desc) where status = 'OPEN';
create index recruiter_job_org_idx on recruiter_job (organisation_id, id desc);

-- "Open to opportunities": off unless the row says open; what the member chose to tell recruiters.
create table recruiter_open_to (
    member_id        bigint       primary key,
    open             boolean      not null default false,
    roles            varchar(300) not null default '',
    locations        varchar(300) not null default '',
    remote           boolean      not null default false,
    skills           varchar(500) not null default '',
    min_pay          integer,
    currency         char(3),
    current_employer varchar(120) not null default '',
    visible_to       varchar(7)   not null default 'ALL' check (visible_to in ('ALL','CHOSEN')),
    updated_at       timestamptz  not null
);
create index recruiter_open_to_open_idx on recruiter_open_to (member_id) where open;

-- The organisations a member picked when visible_to = CHOSEN.
create table recruiter_open_to_org (
    member_id       bigint not null references recruiter_open_to (member_id),
    organisation_id bigint not null references recruiter_organisation (id),
    primary key (member_id, organisation_id)
);

-- One application per member and job; the snapshot holds what the member agreed to share.
create table recruiter_application (
    id           bigserial     primary key,
    job_id       bigint        not null references recruiter_job (id),
    member_id    bigint        not null,
    note         varchar(1000) not null default '',
    snapshot     varchar(4000) not null default '',
    stage        varchar(12)   not null default 'APPLIED'
                 check (stage in ('APPLIED','CONTACTED','REPLIED','SCREENING','INTERVIEWING','OFFER','HIRED','CLOSED','WITHDRAWN')),
    close_reason varchar(20),
    applied_at   timestamptz   not null,
    answer_due   timestamptz   not null,
    answered_at  timestamptz,
    reminded_at  timestamptz,
    unanswered_at timestamptz,
    unique (job_id, member_id)
);
create index recruiter_application_member_idx on recruiter_application (member_id, id desc);
create index recruiter_application_due_idx on recruiter_application (answer_due) where answered_at is null and unanswered_at is null;

-- Every move in a pipeline: who, when, from, to.
create table recruiter_move (
    id             bigserial   primary key,
    application_id bigint      not null references recruiter_application (id) on delete cascade,
    from_stage     varchar(12) not null,
    to_stage       varchar(12) not null,
    reason         varchar(20),
    moved_by       bigint      not null,
    moved_at       timestamptz not null
);
create index recruiter_move_application_idx on recruiter_move (application_id, id);

-- Notes on an application, private to the organisation's recruiters.
create table recruiter_note (
    id             bigserial     primary key,
    application_id bigint        not null references recruiter_application (id) on delete cascade,
    author_id      bigint        not null,
    body           varchar(2000) not null,
    written_at     timestamptz   not null
);
create index recruiter_note_application_idx on recruiter_note (application_id, id);
