-- The admin's feed policy: per kind of plugin item, how many a page of 10 may hold, the first
-- position (1-based) where one may appear, and the minimum distance to the previous plugin item.
create table feed_policy (
    kind            varchar(12) primary key check (kind in ('EVENT','JOB','SPONSORED','OTHER')),
    max_per_page    integer     not null check (max_per_page between 0 and 10),
    first_position  integer     not null check (first_position between 1 and 10),
    min_distance    integer     not null check (min_distance between 1 and 10),
    changed_at      timestamptz,
    changed_by      bigint      references member (id)
);
insert into feed_policy (kind, max_per_page, first_position, min_distance) values
    ('SPONSORED', 1, 4, 3),
    ('EVENT',     2, 2, 3),
    ('JOB',       2, 2, 3),
    ('OTHER',     2, 2, 3);

-- Every change of the policy, who and when (the admin area shows the latest ones).
create table feed_policy_change (
    id              bigserial   primary key,
    kind            varchar(12) not null,
    max_per_page    integer     not null,
    first_position  integer     not null,
    min_distance    integer     not null,
    changed_at      timestamptz not null default now(),
    changed_by      bigint      not null references member (id)
);

-- The feed reads, per author, posts newer than a snapshot below a cursor: post_author_idx (V7).
-- Comments under a post in order, replies grouped by their parent:
create index post_comment_parent_idx on post_comment (parent_id, created_at, id) where parent_id is not null;
-- Who reacted to a post / comment, newest first, and the mutes of a member.
create index post_reaction_post_idx on post_reaction (post_id, created_at desc);
create index comment_reaction_comment_idx on comment_reaction (comment_id, created_at desc);
-- "new posts since the snapshot" and the tag page join post_hashtag to post by id (primary key).
create index post_mention_member_idx on post_mention (member_id);
