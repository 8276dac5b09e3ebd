-- Notifications, part two: grouping at write time and per-type preferences.
--
-- Grouping is done when a notice is written, not when the list is read: the unread row of the
-- same (recipient, type, group_key) is updated in place (latest actor, text, time) and the actor is
-- added to notification_actor. Reading the list then stays one keyset range scan of
-- notification_recipient_idx, and the unread count one scan of notification_unread_idx.

-- the actors of one (grouped) notification, for "Ana and 12 others"
create table notification_actor (
    notification_id  bigint not null references notification (id),
    actor_id         bigint not null references member (id),
    primary key (notification_id, actor_id)
);

insert into notification_actor (notification_id, actor_id)
select id, actor_id from notification where actor_id is not null;

-- rows written before grouping existed: keep the newest unread one of each group unread
update notification n set read_at = now()
where n.read_at is null and n.group_key is not null and exists (
    select 1 from notification o where o.recipient_id = n.recipient_id and o.type = n.type
    and o.group_key = n.group_key and o.read_at is null and o.id > n.id);

-- at most one unread row per group: concurrent senders meet in one INSERT ... ON CONFLICT
create unique index notification_open_group_uq on notification (recipient_id, type, group_key)
    where read_at is null and group_key is not null;

-- the types a member turned off (absent: on)
create table notification_opt_out (
    member_id   bigint      not null references member (id),
    type        varchar(60) not null,
    created_at  timestamptz not null default now(),
    primary key (member_id, type)
);
