-- Reports about posts and comments, in the same admin queue as member reports (member_report),
-- and the log of every admin action on that queue.

create table content_report (
    id           bigserial     primary key,
    reporter_id  bigint        not null references member (id),
    post_id      bigint        references post (id),
    comment_id   bigint        references post_comment (id),
    author_id    bigint        not null references member (id),
    reason       varchar(20)   not null,
    text         varchar(2000),
    status       varchar(12)   not null default 'OPEN'
                 check (status in ('OPEN','DISMISSED','REMOVED','WARNED','SUSPENDED')),
    created_at   timestamptz   not null default now(),
    handled_by   bigint        references member (id),
    handled_at   timestamptz,
    constraint content_report_one_item_ck check ((post_id is null) <> (comment_id is null))
);
create index content_report_open_idx on content_report (status, created_at);
-- one open report per reporter and item
create unique index content_report_open_post_uq on content_report (reporter_id, post_id)
    where status = 'OPEN' and post_id is not null;
create unique index content_report_open_comment_uq on content_report (reporter_id, comment_id)
    where status = 'OPEN' and comment_id is not null;
create index content_report_post_idx on content_report (post_id) where post_id is not null;
create index content_report_comment_idx on content_report (comment_id) where comment_id is not null;

-- Who did what, when, on which report: DISMISS, REMOVE, WARN, SUSPEND.
create table moderation_action (
    id                 bigserial     primary key,
    admin_id           bigint        not null references member (id),
    action             varchar(12)   not null check (action in ('DISMISS','REMOVE','WARN','SUSPEND')),
    member_report_id   bigint        references member_report (id),
    content_report_id  bigint        references content_report (id),
    subject_id         bigint        not null references member (id),
    post_id            bigint        references post (id),
    comment_id         bigint        references post_comment (id),
    note               varchar(1000),
    created_at         timestamptz   not null default now()
);
create index moderation_action_recent_idx on moderation_action (created_at desc, id desc);
