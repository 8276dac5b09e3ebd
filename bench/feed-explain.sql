-- The raw SQL behind one page of the home feed (FeedQueries.page, keep in sync), for page 1 and
-- page 50 of three viewers: a median member (about 11 connections), a busy one (hundreds) and
-- a hub (thousands). Run after bench/generate-feed.sql (bench/run.sh):
--   psql -h 127.0.0.1 -U postgres -d rapport_bench -f bench/feed-explain.sql
\set ON_ERROR_STOP on

-- the visit's authors with their boosts in seconds (FeedQueries.authors + FeedRanking)
create or replace function pg_temp.authors(viewer bigint) returns table (author_id bigint, boost bigint, near boolean)
language sql stable as $$
  select a.id,
         case when bool_or(a.self) then 6 * 3600 when bool_or(a.conn) then 12 * 3600 else 0 end
           + case when not bool_or(a.self) and exists (select 1 from member_interaction i where i.actor_id = viewer
                  and i.subject_id = a.id and i.last_at >= now() - interval '30 days') then 6 * 3600 else 0 end,
         bool_or(a.self) or bool_or(a.conn)
  from (select viewer as id, true as self, false as conn
        union all select other_id, false, true from connection_edge where member_id = viewer
        union all select followee_id, false, false from follow where follower_id = viewer) a
  where not exists (select 1 from member_mute mu where mu.member_id = viewer and mu.muted_id = a.id)
    and not exists (select 1 from member_block b where (b.blocker_id = viewer and b.blocked_id = a.id) or (b.blocker_id = a.id and b.blocked_id = viewer))
  group by a.id $$;

-- one page below a cursor: the SQL FeedSql builds (keep in sync). Authors of one class (same
-- boost and visibility) are read one by one when the class is small, as one scan of
-- post_recent_idx when it has 200 authors or more.
create or replace function pg_temp.page(viewer bigint, snapshot timestamptz, rank_us bigint, last_id bigint, lim int)
returns table (id bigint, author_id bigint, rank bigint) language plpgsql as $f$
declare
  small_ids bigint[] := '{}'; small_boosts bigint[] := '{}'; small_nears boolean[] := '{}';
  c record; sql text; visible text;
begin
  visible := $v$p.deleted_at is null and p.removed_at is null and p.created_at <= $1
    and (p.created_at, p.id) < (timestamptz 'epoch' + ($2 - %s) * interval '1 microsecond', $3)
    and (%s or p.audience = 'EVERYONE')
    and not exists (select 1 from feed_hide h where h.member_id = $4 and h.post_id = p.id)
    and (p.reshare_of is null or exists (select 1 from post o where o.id = p.reshare_of and o.deleted_at is null and o.removed_at is null))$v$;
  sql := '';
  for c in select boost, near, array_agg(a.author_id) as ids from visit_authors a where a.viewer = page.viewer group by boost, near loop
    if cardinality(c.ids) >= 200 then
      sql := sql || format(' union all (select p.id, p.author_id, cast(extract(epoch from p.created_at) * 1000000 as bigint) + %s as rank_us'
          || ' from post p where p.author_id = any(%L::bigint[]) and ' || format(visible, c.boost * 1000000, case when c.near then 'true' else 'false' end)
          || ' order by p.created_at desc, p.id desc limit $5)', c.boost * 1000000, c.ids);
    else
      small_ids := small_ids || c.ids;
      small_boosts := small_boosts || array_fill(c.boost, array[cardinality(c.ids)]);
      small_nears := small_nears || array_fill(c.near, array[cardinality(c.ids)]);
    end if;
  end loop;
  sql := format('select x.id, x.author_id, x.rank_us from (select p.id, a.author_id,'
      || ' cast(extract(epoch from p.created_at) * 1000000 as bigint) + a.boost * 1000000 as rank_us'
      || ' from unnest(%L::bigint[], %L::bigint[], %L::boolean[]) as a(author_id, boost, near)'
      || ' cross join lateral (select p.id, p.created_at from post p where p.author_id = a.author_id and '
      || format(visible, 'a.boost * 1000000', 'a.near') || ' order by p.created_at desc, p.id desc limit $5) p', small_ids, small_boosts, small_nears)
      || sql
      || ') x where exists (select 1 from member m where m.id = x.author_id and not m.suspended)'
      || ' and (x.author_id = $4 or (not exists (select 1 from member_mute mu where mu.member_id = $4 and mu.muted_id = x.author_id)'
      || ' and not exists (select 1 from member_block b where (b.blocker_id = $4 and b.blocked_id = x.author_id) or (b.blocker_id = x.author_id and b.blocked_id = $4))))'
      || ' order by x.rank_us desc, x.id desc limit $5';
  return query execute sql using snapshot, rank_us, last_id, viewer, lim;
end $f$;

-- the viewers: by number of authors
create temp table viewer as
with degrees as (select member_id, count(*) as n from connection_edge group by member_id)
(select 'median' as who, member_id, n from degrees where n = 11 order by member_id limit 1)
union all (select 'busy', member_id, n from degrees where n between 300 and 400 order by member_id limit 1)
union all (select 'hub', member_id, n from degrees order by n desc limit 1);

-- the visit's authors, read once per viewer as the application does once per visit
create temp table visit_authors as select v.member_id as viewer, a.* from viewer v cross join lateral pg_temp.authors(v.member_id) a;
analyze visit_authors;

-- walk 50 pages of 11 (10 shown + 1 to know there is more) for each viewer and time each page
create temp table timing (who text, page int, ms numeric, rows int);
do $$
declare
  v record; snap timestamptz := clock_timestamp();
  r bigint; last bigint; t0 timestamptz; n int; lastrow record;
begin
  for v in select * from viewer loop
    t0 := clock_timestamp();
    perform count(*) from pg_temp.authors(v.member_id);
    insert into timing values (v.who, 0, extract(epoch from clock_timestamp() - t0) * 1000, 0);
    r := (extract(epoch from snap) * 1000000)::bigint + 19 * 3600 * 1000000::bigint;
    last := 9223372036854775807;
    for pg in 1..50 loop
      t0 := clock_timestamp();
      n := 0;
      for lastrow in select * from pg_temp.page(v.member_id, snap, r, last, 11) loop
        n := n + 1;
        if n = 10 then r := lastrow.rank; last := lastrow.id; end if;
      end loop;
      insert into timing values (v.who, pg, extract(epoch from clock_timestamp() - t0) * 1000, n);
    end loop;
  end loop;
end $$;

select v.who, v.n as connections, (select count(*) from visit_authors a where a.viewer = v.member_id) as authors,
       round((select ms from timing t where t.who = v.who and page = 0), 2) as authors_ms,
       round((select ms from timing t where t.who = v.who and page = 1), 2) as page1_ms,
       round((select ms from timing t where t.who = v.who and page = 50), 2) as page50_ms,
       round((select avg(ms) from timing t where t.who = v.who and page between 2 and 50), 2) as avg_2_50_ms,
       (select sum(rows) from timing t where t.who = v.who) as rows_read
from viewer v order by v.n;
