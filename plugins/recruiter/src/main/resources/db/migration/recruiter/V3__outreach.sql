-- Outreach: a recruiter writes to a candidate about one of their organisation's jobs. The message
-- itself lives in the core's conversations (a message request); this row is the loop the plugin
-- keeps: it is open until the candidate answers (in the conversation, or "not interested" here) or
-- the recruiter sends a final answer. Open loops of the last 7 days are the credits spent.
create table recruiter_outreach (
    id              bigserial    primary key,
    organisation_id bigint       not null references recruiter_organisation (id),
    job_id          bigint       not null references recruiter_job (id),
    recruiter_id    bigint       not null,
    candidate_id    bigint       not null,
    conversation_id bigint       not null,
    message_id      bigint       not null,
    sent_at         timestamptz  not null,
    answer          varchar(14)  check (answer in ('REPLIED','NOT_INTERESTED','FINAL')),
    note            varchar(500),
    answered_at     timestamptz,
    unique (job_id, candidate_id)
);
create index recruiter_outreach_recruiter_idx on recruiter_outreach (recruiter_id, sent_at desc);
create index recruiter_outreach_candidate_idx on recruiter_outreach (candidate_id, id desc);

-- "Don't contact me again": this organisation's recruiters can no longer write to the member.
create table recruiter_no_contact (
    member_id       bigint      not null,
    organisation_id bigint      not null references recruiter_organisation (id),
    marked_at       timestamptz not null,
    primary key (member_id, organisation_id)
);
