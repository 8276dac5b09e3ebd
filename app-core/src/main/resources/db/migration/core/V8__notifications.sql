-- In-app notifications. Grouping ("Ana and 12 others reacted") is by (recipient, type, group_key)
-- among unread rows.
create table notification (
    id            bigserial    primary key,
    recipient_id  bigint       not null references member (id),
    type          varchar(60)  not null,
    actor_id      bigint       references member (id),
    text          varchar(500) not null,
    link          varchar(500),
    group_key     varchar(120),
    created_at    timestamptz  not null default now(),
    read_at       timestamptz
);
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
create index notification_unread_idx on notification (recipient_id, type, group_key) where read_at is null;
