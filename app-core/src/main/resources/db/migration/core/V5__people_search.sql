-- People search (issue #3): one search document per member, kept by triggers.
--
-- Why a document table kept by triggers, not by the search service: profile, experience,
-- education and skills are written by another feature's service (and by bulk SQL such as
-- bench/generate.sql). A trigger rebuilds the member's document in the same transaction as
-- the write, so a part made CONNECTIONS-only stops matching for strangers at once (a stale
-- document would leak it), whoever wrote it. The rebuild is one indexed lookup per table.
--
-- Visibility is folded into the document: a signed-in viewer sees EVERYONE and MEMBERS parts
-- alike, so each member has two tsvectors: members_doc (name + parts any member may see) and
-- connections_doc (parts only connections may see). The query matches connections_doc only
-- when the viewer is connected to the member.

-- unaccent() is only STABLE (it reads its dictionary through search_path), so it cannot be
-- indexed; naming the dictionary makes the result fixed, which is what IMMUTABLE promises.
create or replace function rapport_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table search_document (
    member_id        bigint      primary key references member (id),
    name_folded      text        not null,  -- accent-folded, lower-case display name (ranks typos)
    suspended        boolean     not null,
    members_doc      tsvector    not null,  -- name (A), headline (B), skills (B), organisations (C), location, schools (D)
    connections_doc  tsvector    not null   -- the same parts, where only connections may see them
);
create index search_document_members_doc_idx on search_document using gin (members_doc);
create index search_document_connections_doc_idx on search_document using gin (connections_doc);

-- Typo tolerance for names: every word of every accent-folded name, with a trigram index. The
-- search looks each query word up here (a few hundred to a few thousand rows, so instant) and
-- adds the closest name words to the full-text query, restricted to names (weight A). Trigram
-- matching on the whole search_document instead would run for every candidate row, and an OR
-- of full-text and trigram conditions made the planner scan the table (see docs/performance.md).
-- Words are never removed: a stale word only widens a query by one alternative.
create table search_name_word (
    word  text primary key
);
create index search_name_word_trgm_idx on search_name_word using gin (word gin_trgm_ops);

-- The parts of a member's profile as a tsvector: those any signed-in member may see
-- (connections_only false) or those only connections may see (true). Without a profile row
-- the parts take the schema's default visibility.
create or replace function search_parts(member bigint, p profile, connections_only boolean) returns tsvector
    language sql stable parallel safe
    as $$
select
    case when (coalesce(p.headline_visibility, 'EVERYONE') = 'CONNECTIONS') = connections_only
         then setweight(to_tsvector('simple', rapport_fold(coalesce(p.headline, ''))), 'B') else ''::tsvector end
 || case when (coalesce(p.skills_visibility, 'MEMBERS') = 'CONNECTIONS') = connections_only
         then setweight(to_tsvector('simple', rapport_fold(coalesce(
                  (select string_agg(s.name, ' ') from member_skill ms join skill s on s.id = ms.skill_id
                   where ms.member_id = member), ''))), 'B') else ''::tsvector end
 || case when (coalesce(p.experience_visibility, 'MEMBERS') = 'CONNECTIONS') = connections_only
         then setweight(to_tsvector('simple', rapport_fold(coalesce(
                  (select string_agg(e.organisation || ' ' || e.title, ' ') from experience e
                   where e.member_id = member), ''))), 'C') else ''::tsvector end
 || case when (coalesce(p.location_visibility, 'MEMBERS') = 'CONNECTIONS') = connections_only
         then setweight(to_tsvector('simple', rapport_fold(coalesce(p.location, ''))), 'C') else ''::tsvector end
 || case when (coalesce(p.education_visibility, 'MEMBERS') = 'CONNECTIONS') = connections_only
         then setweight(to_tsvector('simple', rapport_fold(coalesce(
                  (select string_agg(concat_ws(' ', ed.school, ed.field), ' ') from education ed
                   where ed.member_id = member), ''))), 'D') else ''::tsvector end
$$;

-- The document of every member, as a view: the triggers refresh one member from it, a bulk
-- load rebuilds all of them from it (search_rebuild_all).
create view search_source as
select m.id as member_id,
       rapport_fold(m.display_name) as name_folded,
       m.suspended,
       setweight(to_tsvector('simple', rapport_fold(m.display_name)), 'A') || search_parts(m.id, p, false) as members_doc,
       search_parts(m.id, p, true) as connections_doc
from member m
left join profile p on p.member_id = m.id;

create or replace function search_refresh(member bigint) returns void
    language sql
    as $$
insert into search_document (member_id, name_folded, suspended, members_doc, connections_doc)
select member_id, name_folded, suspended, members_doc, connections_doc from search_source where member_id = member
on conflict (member_id) do update set name_folded = excluded.name_folded, suspended = excluded.suspended,
    members_doc = excluded.members_doc, connections_doc = excluded.connections_doc;
insert into search_name_word (word)
select distinct w from search_document d, regexp_split_to_table(d.name_folded, '[^[:alnum:]]+') w
where d.member_id = member and length(w) > 1
on conflict do nothing;
$$;

-- After a bulk load with triggers off (session_replication_role = replica).
create or replace function search_rebuild_all() returns void
    language sql
    as $$
truncate search_document;
insert into search_document (member_id, name_folded, suspended, members_doc, connections_doc)
select member_id, name_folded, suspended, members_doc, connections_doc from search_source;
insert into search_name_word (word)
select distinct w from search_document d, regexp_split_to_table(d.name_folded, '[^[:alnum:]]+') w
where length(w) > 1
on conflict do nothing;
$$;

create or replace function search_member_changed() returns trigger
    language plpgsql
    as $$
begin
    perform search_refresh(new.id);
    return null;
end $$;

-- profile, experience, education, member_skill: all keyed by member_id.
create or replace function search_part_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_op <> 'INSERT' then
        perform search_refresh(old.member_id);
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.member_id <> old.member_id) then
        perform search_refresh(new.member_id);
    end if;
    return null;
end $$;

create trigger search_member_insert after insert on member
    for each row execute function search_member_changed();
create trigger search_member_update after update of display_name, suspended on member
    for each row execute function search_member_changed();
create trigger search_profile_changed after insert or update or delete on profile
    for each row execute function search_part_changed();
create trigger search_experience_changed after insert or update or delete on experience
    for each row execute function search_part_changed();
create trigger search_education_changed after insert or update or delete on education
    for each row execute function search_part_changed();
create trigger search_member_skill_changed after insert or update or delete on member_skill
    for each row execute function search_part_changed();

select search_rebuild_all();
