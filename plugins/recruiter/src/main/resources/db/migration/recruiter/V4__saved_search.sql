-- A recruiter's saved candidate searches: private to the recruiter, for one job of their organisation.
create table recruiter_saved_search (
    id           bigserial    primary key,
    recruiter_id bigint       not null,
    job_id       bigint       not null references recruiter_job (id),
    name         varchar(80)  not null,
    words        varchar(100) not null default '',
    location     varchar(100) not null default '',
    saved_at     timestamptz  not null
);
create index recruiter_saved_search_recruiter_idx on recruiter_saved_search (recruiter_id, id desc);
