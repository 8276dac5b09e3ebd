-- Conversations: direct (two members, at most one per pair) and group (up to 50 members).
-- A message request is a direct conversation in state REQUEST: it sits in the recipient's
-- Requests folder until they accept (OPEN) or decline (DECLINED).
create table conversation (
    id               bigserial    primary key,
    kind             varchar(6)   not null check (kind in ('DIRECT','GROUP')),
    state            varchar(8)   not null check (state in ('OPEN','REQUEST','DECLINED')),
    title            varchar(100),
    creator_id       bigint       not null references member (id),
    -- "<smaller id>:<larger id>" of a direct conversation: one per pair
    direct_key       varchar(41),
    created_at       timestamptz  not null default now(),
    requested_at     timestamptz,
    -- the first message and the first answer of a direct conversation (reply rate)
    first_sender_id  bigint       references member (id),
    first_message_at timestamptz,
    first_reply_at   timestamptz,
    last_message_id  bigint,
    last_sender_id   bigint       references member (id),
    last_message_at  timestamptz
);
create unique index conversation_direct_uq on conversation (direct_key) where direct_key is not null;
-- the weekly request limit counts one sender's requests
create index conversation_requests_idx on conversation (creator_id, requested_at) where requested_at is not null;

-- One row per member of a conversation. folder: INBOX, REQUESTS (a request received) or CLOSED
-- (a request this member declined). last_activity_at and unread are copied here on each message so
-- that a member's list and header count are one index range each.
create table conversation_member (
    conversation_id      bigint      not null references conversation (id),
    member_id            bigint      not null references member (id),
    folder               varchar(8)  not null check (folder in ('INBOX','REQUESTS','CLOSED')),
    joined_at            timestamptz not null default now(),
    left_at              timestamptz,
    last_activity_at     timestamptz not null default now(),
    unread               integer     not null default 0,
    last_read_message_id bigint      not null default 0,
    remind_at            timestamptz,
    primary key (conversation_id, member_id)
);
create index conversation_member_list_idx on conversation_member (member_id, folder, last_activity_at desc, conversation_id desc)
    where left_at is null;
create index conversation_member_unread_idx on conversation_member (member_id) where unread > 0 and left_at is null;

-- kind TEXT, or ENDING: a polite ending ("Thanks, not now", ...) whose code is in ending
create table message (
    id               bigserial     primary key,
    conversation_id  bigint        not null references conversation (id),
    sender_id        bigint        not null references member (id),
    kind             varchar(6)    not null default 'TEXT' check (kind in ('TEXT','ENDING')),
    ending           varchar(10)   check (ending in ('NOT_NOW','NO_THANKS','LATER')),
    body             varchar(5000) not null,
    created_at       timestamptz   not null default now(),
    edited_at        timestamptz,
    deleted_at       timestamptz
);
create index message_conversation_idx on message (conversation_id, id desc);

-- "Delete for me"
create table message_hidden (
    member_id   bigint not null references member (id),
    message_id  bigint not null references message (id),
    primary key (member_id, message_id)
);

-- A member's choices about the conversation feature (reply rate shown on the profile or not).
create table conversation_settings (
    member_id        bigint  primary key references member (id),
    hide_reply_rate  boolean not null default false
);
