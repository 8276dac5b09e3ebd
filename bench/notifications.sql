-- Notifications at scale: the SQL behind /notifications (first page and a deep keyset page), the
-- header's unread count, and one grouped send, with EXPLAIN ANALYZE, on 1M notifications over
-- 20k members (skewed: one member in 100 gets about half of them). Runs on any database with the
-- core schema (V1..V31), e.g. the benchmark's:  psql -d rapport_bench -f bench/notifications.sql
-- It adds its own members (nbench-*@bench.rapport.test) once; a second run reuses them.
\set ON_ERROR_STOP on
\timing off
insert into member (email, display_name, password_hash)
select 'nbench-' || g || '@bench.rapport.test', 'Notice Bench ' || g, 'not a hash'
from generate_series(1, 20000) g
where not exists (select 1 from member where email = 'nbench-1@bench.rapport.test');

select min(id) as first, max(id) as last from member where email like 'nbench-%' \gset

insert into notification (recipient_id, type, actor_id, text, link, group_key, created_at, read_at)
select case when g % 2 = 0 then :first + (g % 200) * 100 else :first + (g % 20000) end,
       (array['post.reaction','post.comment','mention','invitation.received','probe.poke'])[1 + g % 5],
       :first + ((g::bigint * 7919) % 20000), 'reacted to your post: Hello world', '/post/' || g, 'post-' || (g % 50000),
       now() - make_interval(secs => g * 30), case when g % 3 = 0 then null else now() end
from generate_series(1, 1000000) g
where not exists (select 1 from notification n where n.recipient_id = :first and n.text = 'reacted to your post: Hello world')
on conflict do nothing;
analyze notification;

\echo '--- notifications of the busiest recipient'
select count(*) as notices, count(*) filter (where read_at is null) as unread from notification where recipient_id = :first;

\echo '--- first page (20)'
explain (analyze, buffers) select n.id, n.type, n.actor_id, a.display_name, p.handle, n.text, n.link, n.created_at, n.read_at,
  (select count(*) from notification_actor na join member am on am.id = na.actor_id
    where na.notification_id = n.id and na.actor_id <> n.actor_id and not am.suspended
    and not exists (select 1 from member_block b where (b.blocker_id = :first and b.blocked_id = na.actor_id)
      or (b.blocker_id = na.actor_id and b.blocked_id = :first)))
from notification n left join member a on a.id = n.actor_id left join profile p on p.member_id = n.actor_id
where n.recipient_id = :first
  and (n.type = any(cast('{"invitation.received","invitation.accepted","post.comment","comment.reply","post.reaction","comment.reaction","mention","post.reshare","content.removed"}' as text[]))
       or split_part(n.type, '.', 1) = any(cast('{"probe"}' as text[])))
  and not coalesce((select sa.suspended from member sa where sa.id = n.actor_id), false)
  and (n.actor_id is null or not exists (select 1 from member_block b where (b.blocker_id = :first and b.blocked_id = n.actor_id)
       or (b.blocker_id = n.actor_id and b.blocked_id = :first)))
order by n.created_at desc, n.id desc limit 20;

\echo '--- page 50 (keyset after the 1000th entry)'
select created_at as after_at, id as after_id from notification where recipient_id = :first
order by created_at desc, id desc offset 999 limit 1 \gset
explain (analyze, buffers) select n.id from notification n
where n.recipient_id = :first
  and (n.type = any(cast('{"post.reaction","post.comment","mention","invitation.received"}' as text[]))
       or split_part(n.type, '.', 1) = any(cast('{"probe"}' as text[])))
  and not coalesce((select sa.suspended from member sa where sa.id = n.actor_id), false)
  and (n.created_at, n.id) < (:'after_at', :after_id)
order by n.created_at desc, n.id desc limit 20;

\echo '--- unread count (the header badge, polled every 20 s)'
explain (analyze, buffers) select count(*) from notification n where n.read_at is null and n.recipient_id = :first
  and (n.type = any(cast('{"post.reaction","post.comment","mention","invitation.received"}' as text[]))
       or split_part(n.type, '.', 1) = any(cast('{"probe"}' as text[])))
  and not coalesce((select sa.suspended from member sa where sa.id = n.actor_id), false)
  and (n.actor_id is null or not exists (select 1 from member_block b where (b.blocker_id = :first and b.blocked_id = n.actor_id)
       or (b.blocker_id = n.actor_id and b.blocked_id = :first)));

\echo '--- one grouped send (rolled back)'
begin;
explain (analyze, buffers) insert into notification (recipient_id, type, actor_id, text, link, group_key)
values (:first, 'post.reaction', :last, 'reacted to your post: Hello world', '/post/1', 'post-1')
on conflict (recipient_id, type, group_key) where read_at is null and group_key is not null
do update set actor_id = excluded.actor_id, text = excluded.text, link = excluded.link, created_at = clock_timestamp();
rollback;
