-- People search: one page of members matching ?2 for viewer ?1, after the cursor (?3 score, ?4 id),
-- at most ?5 rows. Read by PeopleSearch, and by bench/Bench.java and bench/explain.sql, which time
-- this exact text. Parameters: ?1 viewer id, ?2 query text, ?3 cursor score, ?4 cursor member id, ?5 limit.
--
-- Every query word must match (AND), as a prefix of any visible word, or, for names, as one of the
-- three closest name words by trigram similarity (typos). Ranking: people whose name matches
-- first (closest spelling first), then by ts_rank (name > headline, skills > organisations,
-- location > schools). One full-text condition, so one GIN
-- index; the query is read through a scalar subquery, which becomes a plan parameter that the
-- index can use.
with word as (
    select distinct w from regexp_split_to_table(rapport_fold(?2), '[^[:alnum:]]+') w
    where length(w) > 1
    limit 8
),
alternative as materialized (
    select word.w, coalesce((select string_agg(' | ' || quote_literal(n.word) || ':A', '')
                             from (select s.word from search_name_word s
                                   where s.word % word.w and s.word not like word.w || '%'
                                   order by similarity(s.word, word.w) desc, s.word
                                   limit 3) n), '') as names
    from word
),
q as materialized (
    -- tsq: what must match; name_tsq: the same, all in the name (ranks name matches first)
    select to_tsquery('simple', coalesce(string_agg('(' || quote_literal(w) || ':*' || names || ')', ' & '), '')) as tsq,
           to_tsquery('simple', coalesce(string_agg('(' || quote_literal(w) || ':*A' || names || ')', ' & '), '')) as name_tsq,
           rapport_fold(?2) as txt
    from alternative
),
hit as (
    -- what any signed-in member may see: at most 1000 candidates are ranked (like the big
    -- networks, a broad query such as one popular skill is narrowed by the member, not paged
    -- through); ranking every one of 10k matches would cost ~10x more (docs/performance.md)
    (select d.member_id, d.name_folded, d.members_doc as doc
     from search_document d
     where d.members_doc @@ (select tsq from q) and not d.suspended
     limit 1000)
    union all
    -- connections of the viewer that match only with what connections may see
    select d.member_id, d.name_folded, d.members_doc || d.connections_doc
    from connection_edge e
    join search_document d on d.member_id = e.other_id
    where e.member_id = ?1 and not d.suspended
      and not d.members_doc @@ (select tsq from q)
      and (d.members_doc || d.connections_doc) @@ (select tsq from q)
),
scored as materialized (
    -- materialized: each score is computed once, not again for the cursor and the sort
    select hit.member_id,
           round((ts_rank(hit.doc, (select tsq from q))
                  + case when hit.doc @@ (select name_tsq from q)
                         then 1 + similarity(hit.name_folded, (select txt from q)) else 0 end)::numeric, 6) as score
    from hit
    -- hashed once per query, then one lookup per candidate
    where hit.member_id not in (select b.blocked_id from member_block b where b.blocker_id = ?1)
      and hit.member_id not in (select b.blocker_id from member_block b where b.blocked_id = ?1)
),
page as (
    select * from scored
    where (scored.score, scored.member_id) < (cast(?3 as numeric), cast(?4 as bigint))
    order by scored.score desc, scored.member_id desc
    limit ?5
)
select page.member_id, m.display_name, p.handle,
       case when p.headline_visibility <> 'CONNECTIONS' or connected then p.headline end as headline,
       case when p.location_visibility <> 'CONNECTIONS' or connected then p.location end as location,
       page.score,
       (select count(*) from scored) >= 1000 as capped
from page
join member m on m.id = page.member_id
left join profile p on p.member_id = page.member_id
cross join lateral (select page.member_id = ?1
                           or exists (select 1 from connection_edge c where c.member_id = ?1 and c.other_id = page.member_id)
                           as connected) c
order by page.score desc, page.member_id desc
