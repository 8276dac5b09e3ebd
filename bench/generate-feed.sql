-- Feed benchmark data, on top of bench/generate.sql (100k members, 1M connections):
-- follows, 5M posts over the last year with hashtags, comments and reactions (and the
-- interactions they imply), with power-law skew: most members post rarely, a few every day.
--
-- Run with psql after bench/generate.sql (bench/run.sh does it all):
--   psql -h 127.0.0.1 -U postgres -d rapport_bench -f bench/generate-feed.sql
-- Variables: posts (default 5000000), comments (2000000), reactions (10000000), follows (300000).
-- A database that already holds posts is left as it is.

\set ON_ERROR_STOP on
\timing on
\if :{?posts}
\else
  \set posts 5000000
\endif
\if :{?comments}
\else
  \set comments 2000000
\endif
\if :{?reactions}
\else
  \set reactions 10000000
\endif
\if :{?follows}
\else
  \set follows 300000
\endif

select exists (select 1 from post) as already_loaded \gset
\if :already_loaded
  \echo 'feed data already loaded; nothing to do'
  \quit
\endif

select min(id) as lo, max(id) as hi, count(*) as n from member where email like 'bench%@bench.rapport.test' \gset

select setseed(0.7);
set session_replication_role = replica;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

-- ---------------------------------------------------------------- follows (hubs are followed most)
create temp table follow_weight as
select id, least(3000, floor(1 / power(1 - random(), 1 / 1.1)))::int as w
from member where id between :lo and :hi;
create temp table follow_stub as
select row_number() over () as n, id from follow_weight cross join lateral generate_series(1, w);
create unique index on follow_stub (n);
select count(*) as follow_stubs from follow_stub \gset
insert into follow (follower_id, followee_id, created_at)
select distinct on (f, s.id) f, s.id, now() - random() * interval '2 years'
from (select :lo + floor(random() * :n)::bigint as f, 1 + floor(random() * :follow_stubs)::bigint as r
      from generate_series(1, :follows)) d
join follow_stub s on s.n = d.r
where f <> s.id
on conflict do nothing;

-- ---------------------------------------------------------------- posts
-- posting activity: Pareto weights, so most members post a few times a year, a few daily
create temp table activity as
select id, least(1500, floor(1 / power(1 - random(), 1 / 1.3)))::int as w
from member where id between :lo and :hi;
create temp table activity_stub as
select row_number() over () as n, id from activity cross join lateral generate_series(1, w);
create unique index on activity_stub (n);
select count(*) as activity_stubs from activity_stub \gset

create temp table phrase as select row_number() over () as n, v from unnest(array[
  'Thrilled to share that our team shipped the new release today.',
  'What is the one book that changed how you work?',
  'Hiring is hard. Keeping people is harder. Here is what we learned this year.',
  'Great conversation at the meetup last night, thanks to everyone who came.',
  'Three lessons from migrating a monolith to modules without stopping the world.',
  'I am looking for recommendations: who does great onboarding?',
  'Proud of the interns who presented their projects today.',
  'A small reminder that a short thank-you note goes a long way.',
  'We just opened our office in Milan; come and say hello.',
  'Reading about PostgreSQL query planning on a Sunday morning.',
  'Slides from my talk are online, feedback welcome.',
  'After ten years in consulting I am starting something new.',
  'How do you keep in touch with former colleagues?',
  'The best code review comment I ever received was a question.',
  'Our open-source library reached its first stable version.',
  'Mentoring is the most underrated part of a senior role.']) v;
create temp table tag_pool as select row_number() over () as n, v from unnest(array[
  'java','jakartaee','postgresql','hiring','leadership','design','opensource','career','milan','events',
  'remote','startup','data','security','cloud','ux','mentoring','payara','kotlin','devops']) v;

create temp table gen_post as
select nextval('post_id_seq') as id, a.id as author_id,
       now() - power(random(), 1.3) * interval '365 days' as created_at,
       p.n as phrase, case when random() < 0.3 then 1 + floor(random() * 20)::int end as tag,
       case when random() < 0.85 then 'EVERYONE' else 'CONNECTIONS' end as audience
from (select 1 + floor(random() * :activity_stubs)::bigint as r, 1 + floor(random() * 16)::int as ph
      from generate_series(1, :posts)) d
join activity_stub a on a.n = d.r
join phrase p on p.n = d.ph;
create unique index on gen_post (id);
analyze gen_post;
select min(id) as post_lo, max(id) as post_hi from gen_post \gset

-- reactions: ten kinds of engagement skew, drawn towards recent posts, one per member and post
create temp table gen_reaction as
select distinct on (post_id, member_id) post_id, member_id, kind
from (select :post_lo + floor(power(random(), 0.6) * (:post_hi - :post_lo + 1))::bigint as post_id,
             :lo + floor(random() * :n)::bigint as member_id,
             (array['LIKE','LIKE','LIKE','CELEBRATE','SUPPORT','INSIGHTFUL','CURIOUS'])[1 + floor(random() * 7)::int] as kind
      from generate_series(1, :reactions)) d;
create temp table gen_comment as
select :post_lo + floor(power(random(), 0.6) * (:post_hi - :post_lo + 1))::bigint as post_id,
       :lo + floor(random() * :n)::bigint as author_id,
       (array['Congratulations!','Great point, thanks for sharing.','Agreed.','Could not agree more.',
              'Interesting, how did you measure it?','See you there!'])[1 + floor(random() * 6)::int] as body
from generate_series(1, :comments);

create temp table reaction_count as select post_id, count(*) as c from gen_reaction group by post_id;
create unique index on reaction_count (post_id);
create temp table comment_count as select post_id, count(*) as c from gen_comment group by post_id;
create unique index on comment_count (post_id);

-- posts arrive in time order, so the table is written in that order
insert into post (id, author_id, body, audience, created_at, reaction_count, comment_count)
select g.id, g.author_id, ph.v || coalesce(' #' || t.v, ''), g.audience, g.created_at,
       coalesce(r.c, 0), coalesce(c.c, 0)
from gen_post g
join phrase ph on ph.n = g.phrase
left join tag_pool t on t.n = g.tag
left join reaction_count r on r.post_id = g.id
left join comment_count c on c.post_id = g.id
order by g.created_at;

insert into post_hashtag (tag, post_id, created_at)
select t.v, g.id, g.created_at from gen_post g join tag_pool t on t.n = g.tag;

insert into post_reaction (post_id, member_id, kind, created_at)
select r.post_id, r.member_id, r.kind, least(now(), g.created_at + random() * interval '3 days')
from gen_reaction r join gen_post g on g.id = r.post_id
where r.member_id <> g.author_id;

insert into post_comment (post_id, author_id, body, created_at)
select c.post_id, c.author_id, c.body, least(now(), g.created_at + random() * interval '3 days')
from gen_comment c join gen_post g on g.id = c.post_id
order by 4;

-- what those comments and reactions say about who interacts with whom
insert into member_interaction (actor_id, subject_id, kind, last_at, times)
select x.actor_id, x.subject_id, x.kind, max(x.at), count(*)
from (select r.member_id as actor_id, g.author_id as subject_id, 'reaction' as kind, g.created_at as at
      from gen_reaction r join gen_post g on g.id = r.post_id
      union all
      select c.author_id, g.author_id, 'comment', g.created_at
      from gen_comment c join gen_post g on g.id = c.post_id) x
where x.actor_id <> x.subject_id
group by x.actor_id, x.subject_id, x.kind;

reset session_replication_role;
analyze;

-- ---------------------------------------------------------------- what was made
select count(*) as follows from follow;
select count(*) as posts, min(created_at) as oldest, max(created_at) as newest from post;
select count(*) as comments from post_comment;
select count(*) as reactions from post_reaction;
select count(*) as interactions from member_interaction;
select count(*) filter (where c < 10) as authors_under_10_posts,
       count(*) filter (where c between 10 and 99) as authors_10_99,
       count(*) filter (where c >= 100) as authors_100_plus,
       max(c) as max_posts_per_author
from (select count(*) as c from post group by author_id) a;
