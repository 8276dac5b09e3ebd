-- Benchmark data of the recruiter plugin (docs/recruiter.md, "Benchmark"): organisations, 50k jobs,
-- 20k members open to opportunities (of the 100k bench/generate.sql made), their chosen
-- organisations and "don't contact me again" marks, and the bench recruiters.
--
-- Run after bench/generate.sql on a database Rapport has migrated (bench/recruiter.sh does it all):
--   psql -d rapport_bench_recruiter -v owner=owner@bench.rapport.test -f bench/generate-recruiter.sql
-- Variables: owner (required: the member who grants the role), organisations (default 500),
-- jobs (default 50000), open (default 20000: every fifth bench member), recruiters (default 8:
-- bench1..bench8 recruit for "Bench Org 1".."Bench Org 8").
-- Idempotent-ish: a database that already holds jobs is left as it is.

\set ON_ERROR_STOP on
\timing on
\if :{?organisations}
\else
  \set organisations 500
\endif
\if :{?jobs}
\else
  \set jobs 50000
\endif
\if :{?open}
\else
  \set open 20000
\endif
\if :{?recruiters}
\else
  \set recruiters 8
\endif

select exists (select 1 from recruiter_job) as already_loaded \gset
\if :already_loaded
  \echo 'recruiter bench data already loaded; nothing to do'
  \quit
\endif
select id as owner_id from member where email = :'owner' \gset
select setseed(0.42);
set work_mem = '256MB';

create temp table title_pool as select row_number() over () as n, v from unnest(array[
  'Software Engineer','Data Engineer','Backend Developer','Frontend Developer','Product Manager','Data Scientist',
  'DevOps Engineer','QA Engineer','Project Manager','UX Designer','Sales Manager','Accountant','Lawyer',
  'Marketing Manager','Mechanical Engineer','Electrical Engineer','Nurse','Teacher','Architect','Consultant',
  'Robotics Engineer','Financial Analyst','HR Specialist','Customer Success Manager','Site Reliability Engineer']) v;
create temp table skill_pool as select row_number() over () as n, v from unnest(array[
  'Java','Python','SQL','Kubernetes','React','Go','Rust','AWS','Docker','Excel','Negotiation','Machine Learning',
  'Spark','Kafka','PostgreSQL','TypeScript','C++','Figma','SAP','Terraform','Scala','Kotlin','Swift','Linux',
  'Accounting','Contract Law','AutoCAD','ROS','Salesforce','Tableau']) v;
create temp table city_pool as select row_number() over () as n, v from unnest(array[
  'Milano','Roma','Torino','Bologna','Napoli','Firenze','London','Berlin','Paris','Madrid','Amsterdam',
  'Lisbon','Dublin','Vienna','Zurich']) v;

-- ---------------------------------------------------------------- organisations and recruiters
insert into recruiter_organisation (slug, name, website, description, status, created_by, created_at, decided_by, decided_at)
select 'bench-org-' || i, 'Bench Org ' || i, 'https://org' || i || '.bench.example', 'An organisation of the benchmark.',
       'APPROVED', :owner_id, now() - interval '1 year', :owner_id, now() - interval '1 year'
from generate_series(1, :organisations) i;

create temp table bench_recruiter as
select m.id as member_id, substring(m.email from 'bench([0-9]+)@')::int as i from member m
where m.email in (select 'bench' || g || '@bench.rapport.test' from generate_series(1, :recruiters) g);
insert into capability_grant (member_id, capability, granted_by, granted_at)
select member_id, 'recruiter.recruiter', :owner_id, now() from bench_recruiter on conflict do nothing;
insert into recruiter_recruiter (organisation_id, member_id, added_at)
select o.id, r.member_id, now() from bench_recruiter r join recruiter_organisation o on o.slug = 'bench-org-' || r.i;

-- ---------------------------------------------------------------- jobs: 90% open (posted in the last 29 days), 10% closed
create temp table org_ids as select row_number() over (order by id) as n, id from recruiter_organisation;
insert into recruiter_job (organisation_id, title, location, remote, employment_type, description, skills,
                           pay_min, pay_max, currency, pay_period, status, outcome, created_by, created_at, expires_at, closed_at)
select o.id, t.v, c.v, d.r1 < 0.2,
       (array['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME','CONTRACT','TEMPORARY','INTERNSHIP'])[1 + floor(d.r2 * 7)::int],
       'A job of the benchmark: ' || t.v || ' in ' || c.v || '.',
       s1.v || ', ' || s2.v || ', ' || s3.v,
       d.pay, d.pay + 5000 + floor(d.r3 * 35000)::int, 'EUR', 'YEAR',
       case when d.closed then 'CLOSED' else 'OPEN' end, case when d.closed then 'FILLED' end,
       :owner_id, d.created, d.created + interval '30 days', case when d.closed then d.created + interval '20 days' end
from (select g, random() as r1, random() as r2, random() as r3, 20000 + floor(random() * 60000)::int as pay,
             g % 10 = 0 as closed,
             case when g % 10 = 0 then now() - interval '60 days' - random() * interval '300 days'
                  else now() - random() * interval '29 days' end as created,
             1 + (hashint4(g) & 2147483647) % :organisations as org,
             1 + (hashint4(g * 7) & 2147483647) % 25 as t, 1 + (hashint4(g * 11) & 2147483647) % 15 as c,
             1 + (hashint4(g * 13) & 2147483647) % 30 as k1, 1 + (hashint4(g * 17) & 2147483647) % 30 as k2,
             1 + (hashint4(g * 19) & 2147483647) % 30 as k3
      from generate_series(1, :jobs) g) d
join org_ids o on o.n = d.org join title_pool t on t.n = d.t join city_pool c on c.n = d.c
join skill_pool s1 on s1.n = d.k1 join skill_pool s2 on s2.n = d.k2 join skill_pool s3 on s3.n = d.k3
order by d.created;

-- ---------------------------------------------------------------- open to opportunities: every fifth bench member
-- 70% name a current employer among the organisations (so each organisation is excluded for some),
-- 10% show it only to 1-3 organisations they pick (the bench recruiters' among them for some),
-- 60% give a minimum pay; 5k more members have a row but turned it off again.
create temp table opener as
select m.id as member_id, b.i, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
from member m cross join lateral (select substring(m.email from 'bench([0-9]+)@')::int as i) b
where m.email like 'bench%@bench.rapport.test' and (b.i % 5 = 0 or b.i % 20 = 1)
  and b.i <= 5 * :open;
insert into recruiter_open_to (member_id, open, roles, titles, locations, remote, skills, min_pay, currency,
                               current_employer, visible_to, updated_at)
select x.member_id, x.i % 5 = 0,
       r1.v || case when x.r1 < 0.5 then ', ' || r2.v else '' end,
       t1.v || case when x.r2 < 0.4 then ', ' || t2.v else '' end,
       c1.v || case when x.r3 < 0.3 then ', ' || c2.v else '' end,
       x.r4 < 0.3,
       k1.v || ', ' || k2.v || ', ' || k3.v || case when x.r5 < 0.5 then ', ' || k4.v else '' end,
       case when x.r1 < 0.6 then 20000 + (hashint4(x.i * 3) & 2147483647) % 70000 end,
       case when x.r1 < 0.6 then 'EUR' end,
       case when x.r2 < 0.7 then 'Bench Org ' || (1 + (hashint4(x.i * 5) & 2147483647) % :organisations) else '' end,
       case when x.r3 > 0.9 then 'CHOSEN' else 'ALL' end,
       now() - x.r4 * interval '200 days'
from opener x
join title_pool r1 on r1.n = 1 + (hashint4(x.i * 7) & 2147483647) % 25
join title_pool r2 on r2.n = 1 + (hashint4(x.i * 11) & 2147483647) % 25
join title_pool t1 on t1.n = 1 + (hashint4(x.i * 13) & 2147483647) % 25
join title_pool t2 on t2.n = 1 + (hashint4(x.i * 17) & 2147483647) % 25
join city_pool c1 on c1.n = 1 + (hashint4(x.i * 19) & 2147483647) % 15
join city_pool c2 on c2.n = 1 + (hashint4(x.i * 23) & 2147483647) % 15
join skill_pool k1 on k1.n = 1 + (hashint4(x.i * 29) & 2147483647) % 30
join skill_pool k2 on k2.n = 1 + (hashint4(x.i * 31) & 2147483647) % 30
join skill_pool k3 on k3.n = 1 + (hashint4(x.i * 37) & 2147483647) % 30
join skill_pool k4 on k4.n = 1 + (hashint4(x.i * 41) & 2147483647) % 30
order by x.member_id;

insert into recruiter_open_to_org (member_id, organisation_id)
select distinct t.member_id, o.id
from recruiter_open_to t cross join lateral generate_series(1, 1 + (hashint4(t.member_id::int) & 2147483647) % 3) j
join org_ids o on o.n = case when j = 1 and t.member_id % 2 = 0 then 1 + t.member_id % :recruiters
                             else 1 + (hashint4((t.member_id * 7 + j)::int) & 2147483647) % :organisations end
where t.visible_to = 'CHOSEN';

-- "don't contact me again": 1% of open members stopped one of the bench recruiters' organisations
insert into recruiter_no_contact (member_id, organisation_id, marked_at)
select t.member_id, o.id, now() from recruiter_open_to t join org_ids o on o.n = 1 + t.member_id % :recruiters
where t.open and t.member_id % 100 = 7;

update plugin_state set enabled = true, changed_at = now() where plugin_id = 'recruiter';
insert into plugin_state (plugin_id, enabled) values ('recruiter', true) on conflict (plugin_id) do update set enabled = true;
analyze;

-- ---------------------------------------------------------------- what was made
select count(*) as organisations from recruiter_organisation;
select count(*) as jobs, count(*) filter (where status = 'OPEN' and expires_at > now()) as open_jobs from recruiter_job;
select count(*) as open_to_rows, count(*) filter (where open) as open_to_opportunities,
       count(*) filter (where open and visible_to = 'CHOSEN') as only_chosen,
       count(*) filter (where open and current_employer <> '') as naming_an_employer from recruiter_open_to;
select count(*) as no_contact from recruiter_no_contact;
