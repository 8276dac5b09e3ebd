-- Who interacted with whom, and when last, per kind (message, comment, reaction, mention, or a
-- plugin's "<id>.<name>"). Directed: "you commented on her posts" is actor -> subject. The feed
-- ranks by it and "Keep in touch" reads the latest of both directions.
create table member_interaction (
    actor_id    bigint      not null references member (id),
    subject_id  bigint      not null references member (id),
    kind        varchar(60) not null,
    last_at     timestamptz not null,
    times       integer     not null default 1,
    primary key (actor_id, subject_id, kind),
    constraint member_interaction_not_self_ck check (actor_id <> subject_id)
);
create index member_interaction_subject_idx on member_interaction (subject_id, actor_id);
