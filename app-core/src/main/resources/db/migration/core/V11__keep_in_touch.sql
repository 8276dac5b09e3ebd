-- Keep in touch: a private cadence per connection, snoozes, and the profile changes worth telling.
create table keep_in_touch (
    member_id      bigint      not null references member (id),
    other_id       bigint      not null references member (id),
    cadence        varchar(9)  not null check (cadence in ('MONTHLY','QUARTERLY','YEARLY')),
    snoozed_until  date,
    created_at     timestamptz not null default now(),
    primary key (member_id, other_id),
    constraint keep_in_touch_not_self_ck check (member_id <> other_id)
);

-- Fed by the profile service when a member saves a new headline or a new current position.
create table profile_change (
    id          bigserial    primary key,
    member_id   bigint       not null references member (id),
    kind        varchar(8)   not null check (kind in ('HEADLINE','JOB')),
    value       varchar(300) not null,
    changed_at  timestamptz  not null default now()
);
create index profile_change_member_idx on profile_change (member_id, changed_at desc);
