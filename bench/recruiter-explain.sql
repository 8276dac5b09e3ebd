-- EXPLAIN ANALYZE of the recruiter plugin's candidate search and jobs list at benchmark size
-- (bench/recruiter.sh runs it on the database bench/generate-recruiter.sql filled). The SQL is what
-- OpenToRepository.search and JobRepository.search build (keep them in step), with the values bound.
\set ON_ERROR_STOP on
select id as org from recruiter_organisation where slug = 'bench-org-1' \gset
select 'benchorg1' as org_key \gset

\echo '-- candidate search: "java", the first page (many match)'
explain (analyze, buffers)
select t.* from recruiter_open_to t where t.open and t.member_id > 0
and t.employer_key <> :'org_key'
and (t.visible_to = 'ALL' or exists (select 1 from recruiter_open_to_org c where c.member_id = t.member_id and c.organisation_id = :org))
and t.member_id not in (select n.member_id from recruiter_no_contact n where n.organisation_id = :org)
and (t.roles || ' ' || t.titles || ' ' || t.skills) ilike '%java%'
and (t.min_pay is null or (t.currency = 'EUR' and t.min_pay <= 60000))
order by t.member_id limit 20;

\echo '-- candidate search: "robotics" in Torino (few match)'
explain (analyze, buffers)
select t.* from recruiter_open_to t where t.open and t.member_id > 0
and t.employer_key <> :'org_key'
and (t.visible_to = 'ALL' or exists (select 1 from recruiter_open_to_org c where c.member_id = t.member_id and c.organisation_id = :org))
and t.member_id not in (select n.member_id from recruiter_no_contact n where n.organisation_id = :org)
and (t.roles || ' ' || t.titles || ' ' || t.skills) ilike '%robotics%'
and (t.locations ilike '%Torino%' or t.remote)
and (t.min_pay is null or (t.currency = 'EUR' and t.min_pay <= 60000))
order by t.member_id limit 20;

\echo '-- candidate search: a word nobody has (the worst case: nothing to stop at)'
explain (analyze, buffers)
select t.* from recruiter_open_to t where t.open and t.member_id > 0
and t.employer_key <> :'org_key'
and (t.visible_to = 'ALL' or exists (select 1 from recruiter_open_to_org c where c.member_id = t.member_id and c.organisation_id = :org))
and t.member_id not in (select n.member_id from recruiter_no_contact n where n.organisation_id = :org)
and (t.roles || ' ' || t.titles || ' ' || t.skills) ilike '%zzzunknown%'
and (t.min_pay is null or (t.currency = 'EUR' and t.min_pay <= 60000))
order by t.member_id limit 20;

\echo '-- jobs list: the newest open jobs'
explain (analyze, buffers)
select j.*, o.name as org_name, o.slug as org_slug, o.logo_at as org_logo_at from recruiter_job j
join recruiter_organisation o on o.id = j.organisation_id
where j.status = 'OPEN' and j.expires_at > now() and o.status = 'APPROVED'
order by j.id desc limit 20;

\echo '-- jobs list: a title nobody posted (the worst case)'
explain (analyze, buffers)
select j.*, o.name as org_name, o.slug as org_slug, o.logo_at as org_logo_at from recruiter_job j
join recruiter_organisation o on o.id = j.organisation_id
where j.status = 'OPEN' and j.expires_at > now() and o.status = 'APPROVED' and j.title ilike '%zzzunknown%'
order by j.id desc limit 20;
