-- The feed's content: posts, comments (one level of replies), reactions, hashtags, mentions,
-- and what a member chose not to see. A row written by a member is never deleted outright:
-- deleted_at (by its author) and removed_at (by a moderator) hide it everywhere.

create table post (
    id             bigserial     primary key,
    author_id      bigint        not null references member (id),
    body           varchar(3000) not null,
    audience       varchar(12)   not null check (audience in ('EVERYONE','CONNECTIONS')),
    reshare_of     bigint        references post (id),
    created_at     timestamptz   not null default now(),
    edited_at      timestamptz,
    deleted_at     timestamptz,
    removed_at     timestamptz,
    removed_by     bigint        references member (id),
    reaction_count integer       not null default 0,
    comment_count  integer       not null default 0,
    reshare_count  integer       not null default 0
);
-- a member's posts, newest first: the feed reads one range of it per followed author
create index post_author_idx on post (author_id, created_at desc, id desc) where deleted_at is null and removed_at is null;
create index post_reshare_idx on post (reshare_of) where reshare_of is not null;

create table post_comment (
    id             bigserial     primary key,
    post_id        bigint        not null references post (id),
    parent_id      bigint        references post_comment (id),
    author_id      bigint        not null references member (id),
    body           varchar(1250) not null,
    created_at     timestamptz   not null default now(),
    edited_at      timestamptz,
    deleted_at     timestamptz,
    removed_at     timestamptz,
    removed_by     bigint        references member (id),
    reaction_count integer       not null default 0
);
create index post_comment_post_idx on post_comment (post_id, created_at, id);
create index post_comment_author_idx on post_comment (author_id, created_at desc);

create table post_reaction (
    post_id     bigint      not null references post (id),
    member_id   bigint      not null references member (id),
    kind        varchar(12) not null check (kind in ('LIKE','CELEBRATE','SUPPORT','INSIGHTFUL','CURIOUS')),
    created_at  timestamptz not null default now(),
    primary key (post_id, member_id)
);
create index post_reaction_member_idx on post_reaction (member_id, created_at desc);

create table comment_reaction (
    comment_id  bigint      not null references post_comment (id),
    member_id   bigint      not null references member (id),
    kind        varchar(12) not null check (kind in ('LIKE','CELEBRATE','SUPPORT','INSIGHTFUL','CURIOUS')),
    created_at  timestamptz not null default now(),
    primary key (comment_id, member_id)
);

-- tag is stored lower-case without the '#'
create table post_hashtag (
    tag         varchar(100) not null,
    post_id     bigint       not null references post (id),
    created_at  timestamptz  not null,
    primary key (tag, post_id)
);
create index post_hashtag_recent_idx on post_hashtag (tag, created_at desc, post_id desc);

create table post_mention (
    post_id     bigint not null references post (id),
    member_id   bigint not null references member (id),
    primary key (post_id, member_id)
);

create table post_image (
    post_id       bigint      primary key references post (id),
    content_type  varchar(40) not null,
    width         integer     not null,
    height        integer     not null,
    data          bytea       not null
);

-- "Hide this post" and "Mute <author>" (until undone)
create table feed_hide (
    member_id   bigint      not null references member (id),
    post_id     bigint      not null references post (id),
    created_at  timestamptz not null default now(),
    primary key (member_id, post_id)
);
create table member_mute (
    member_id   bigint      not null references member (id),
    muted_id    bigint      not null references member (id),
    created_at  timestamptz not null default now(),
    primary key (member_id, muted_id),
    constraint member_mute_not_self_ck check (member_id <> muted_id)
);
