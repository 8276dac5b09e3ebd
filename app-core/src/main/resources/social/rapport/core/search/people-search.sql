-- People search: one page of members matching ?2 for viewer ?1, after the cursor (?3 score, ?4 id),
-- at most ?5 rows. Read by PeopleSearch and by bench/Bench.java (the benchmark times this exact text).
-- Parameters: ?1 viewer id, ?2 query text, ?3 cursor score (numeric), ?4 cursor member id, ?5 limit.
with q as (
    select to_tsquery('simple', coalesce(
               (select string_agg(quote_literal(w) || ':*', ' & ')
                from regexp_split_to_table(rapport_fold(?2), '[^[:alnum:]]+') w
                where length(w) > 1), '')) as tsq,
           rapport_fold(?2) as txt
),
candidate as (
    -- everything any index can find; visibility and blocks are applied next
    select d.member_id, d.name_folded, d.members_doc, d.connections_doc,
           (d.member_id = ?1 or exists (select 1 from connection_edge e
                                        where e.member_id = ?1 and e.other_id = d.member_id)) as connected
    from search_document d, q
    where not d.suspended
      and (d.members_doc @@ q.tsq or q.txt <% d.name_folded or d.connections_doc @@ q.tsq)
),
hit as (
    select c.member_id, c.connected,
           round((2 * word_similarity(q.txt, c.name_folded)
                  + ts_rank(c.members_doc || case when c.connected then c.connections_doc else ''::tsvector end, q.tsq)
                 )::numeric, 6) as score
    from candidate c, q
    where (c.members_doc @@ q.tsq or q.txt <% c.name_folded or (c.connected and c.connections_doc @@ q.tsq))
      and not exists (select 1 from member_block b where b.blocker_id = ?1 and b.blocked_id = c.member_id)
      and not exists (select 1 from member_block b where b.blocker_id = c.member_id and b.blocked_id = ?1)
),
page as (
    select * from hit
    where (hit.score, hit.member_id) < (cast(?3 as numeric), cast(?4 as bigint))
    order by hit.score desc, hit.member_id desc
    limit ?5
)
select page.member_id, m.display_name, p.handle,
       case when p.headline_visibility <> 'CONNECTIONS' or page.connected then p.headline end as headline,
       case when p.location_visibility <> 'CONNECTIONS' or page.connected then p.location end as location,
       page.score
from page
join member m on m.id = page.member_id
left join profile p on p.member_id = page.member_id
order by page.score desc, page.member_id desc
