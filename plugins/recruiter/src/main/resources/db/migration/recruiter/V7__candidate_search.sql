-- The candidate search at size (docs/recruiter.md, "Benchmark": 20k members open among 100k).
-- The current employer's key (lower case, letters and digits only, as OpenToRules.key) is computed
-- once per row instead of once per row and search.
alter table recruiter_open_to add column employer_key varchar(120)
    generated always as (regexp_replace(lower(current_employer), '[^[:alnum:]]', '', 'g')) stored;
-- Words are looked for in roles, titles and skills at once; a trigram index finds rare words
-- without reading every open member (pg_trgm is installed by the core's V2).
create index recruiter_open_to_words_idx on recruiter_open_to
    using gin ((roles || ' ' || titles || ' ' || skills) gin_trgm_ops) where open;
-- The jobs list searches open jobs by title, place and skill (ilike '%...%'): trigram indexes find a
-- rare one without walking every open job (50k jobs in the benchmark).
create index recruiter_job_title_idx on recruiter_job using gin (title gin_trgm_ops) where status = 'OPEN';
create index recruiter_job_location_idx on recruiter_job using gin (location gin_trgm_ops) where status = 'OPEN';
create index recruiter_job_skills_idx on recruiter_job using gin (skills gin_trgm_ops) where status = 'OPEN';
