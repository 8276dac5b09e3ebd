-- Feed benchmark data on top of bench/generate.sql (100k members, 1M connections): follows,
-- 5M posts over a year (authors Zipf-like: a few post daily, most rarely), comments, reactions,
-- reshares and interactions. Run against the database bench/generate.sql filled:
--   psql -h 127.0.0.1 -U postgres -d rapport_bench -f bench/feed-generate.sql
-- Variables: posts (default 5000000), follows (default 300000).
\set ON_ERROR_STOP on
\timing on
\if :{?posts}
\else
  \set posts 5000000
\endif
\if :{?follows}
\else
  \set follows 300000
\endif

select exists (select 1 from post) as already_loaded \gset
\if :already_loaded
  \echo 'posts already loaded; nothing to do'
  \quit
\endif

select setseed(0.7);
set session_replication_role = replica;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
select max(id) as members from member \gset

-- Zipf-like member id: log-uniform rank, so member k is picked with probability ~ 1/k
create or replace function pg_temp.zipf(n bigint) returns bigint language sql volatile as
  $$ select least(n, greatest(1, floor(exp(random() * ln(n)))::bigint)) $$;

-- follows: anyone follows the popular ones (Zipf on the followee)
insert into follow (follower_id, followee_id, created_at)
select f, e, now() - random() * interval '365 days'
from (select 1 + floor(random() * :members)::bigint as f, pg_temp.zipf(:members) as e
      from generate_series(1, :follows)) x
where f <> e
on conflict do nothing;

-- posts: the index is built after the load (faster than maintaining it row by row)
drop index if exists post_author_idx;
insert into post (author_id, body, audience, created_at, reaction_count, comment_count, reshare_count)
select a, 'Bench post ' || g || ' about #topic' || (g % 500), case when random() < 0.2 then 'CONNECTIONS' else 'EVERYONE' end,
       now() - random() * interval '365 days',
       floor(random() ^ 3 * 60)::int, floor(random() ^ 4 * 20)::int, floor(random() ^ 8 * 5)::int
from (select g, pg_temp.zipf(:members) as a from generate_series(1, :posts) g) x;
create index post_author_idx on post (author_id, created_at desc, id desc) where deleted_at is null and removed_at is null;

insert into post_hashtag (tag, post_id, created_at)
select 'topic' || (id % 500), id, created_at from post;

-- real comment and reaction rows on a sample (the feed reads the counters on post)
insert into post_comment (post_id, author_id, body, created_at)
select p, 1 + floor(random() * :members)::bigint, 'Bench comment', now() - random() * interval '300 days'
from (select 1 + floor(random() * :posts)::bigint as p from generate_series(1, 500000)) x;
insert into post_reaction (post_id, member_id, kind, created_at)
select p, m, (array['LIKE','CELEBRATE','SUPPORT','INSIGHTFUL','CURIOUS'])[1 + floor(random() * 5)::int], now() - random() * interval '300 days'
from (select 1 + floor(random() * :posts)::bigint as p, 1 + floor(random() * :members)::bigint as m from generate_series(1, 1000000)) x
on conflict do nothing;

-- interactions: members comment on and react to their connections' posts
insert into member_interaction (actor_id, subject_id, kind, last_at, times)
select member_id, other_id, (array['comment','reaction','mention'])[1 + floor(random() * 3)::int],
       now() - random() * interval '90 days', 1 + floor(random() * 5)::int
from connection_edge tablesample system (15)
on conflict do nothing;

reset session_replication_role;
analyze follow; analyze post; analyze post_hashtag; analyze post_comment; analyze post_reaction; analyze member_interaction;

select (select count(*) from post) as posts, (select count(*) from follow) as follows,
       (select count(*) from post_comment) as comments, (select count(*) from post_reaction) as reactions,
       (select count(*) from member_interaction) as interactions;
