-- Sponsored content benchmark data (issue #11), on top of bench/generate.sql (members, profiles,
-- experience, skills) and bench/generate-feed.sql: approved advertisers, 1,000 running campaigns
-- targeted over the members' facts (skills, location, title keywords, organisation, languages),
-- campaigns in the other states, two weeks of impressions, today's paced spend, members' consent
-- to the targeting purpose (60 % on), and the choices members made (sponsored off, hidden ads).
--
-- Run with psql against a database that Rapport (with the sponsored plugin installed) has migrated
-- and bench/generate.sql has filled (bench/sponsored.sh does it all):
--   psql -h 127.0.0.1 -U postgres -d rapport_bench -f bench/generate-sponsored.sql
-- Variables: campaigns (running campaigns, default 1000), advertisers (default 300),
-- consent (share of members with the targeting purpose on, default 0.6), impressions (history,
-- default 1000000), reset (set it to drop the data an earlier run made first).
-- Uses only the plugin's tables (sponsored_*) and the core's capability and consent tables
-- (capability_grant, capability_application, fact_consent). A database that already holds
-- sponsored campaigns is left as it is. The last query prints how many running campaigns a
-- sample of consenting members match (the same rules as TargetingRules, in SQL).

\set ON_ERROR_STOP on
\timing on
\if :{?campaigns}
\else
  \set campaigns 1000
\endif
\if :{?advertisers}
\else
  \set advertisers 300
\endif
\if :{?consent}
\else
  \set consent 0.6
\endif
\if :{?impressions}
\else
  \set impressions 1000000
\endif

\if :{?reset}
  -- -v reset=1: drop what an earlier run of this script made, and make it again
  delete from sponsored_ad_report; delete from sponsored_impression; delete from sponsored_daily_spend;
  delete from sponsored_hidden_campaign; delete from sponsored_hidden_advertiser; delete from sponsored_image;
  delete from sponsored_campaign; delete from sponsored_member_choice; delete from sponsored_advertiser;
  delete from fact_consent where purpose = 'sponsored.targeting';
  delete from capability_grant where capability = 'sponsored.advertiser';
  delete from capability_application where capability = 'sponsored.advertiser';
\endif
select exists (select 1 from sponsored_campaign) as already_loaded \gset
\if :already_loaded
  \echo 'sponsored data already loaded; nothing to do'
  \quit
\endif

select min(id) as lo, max(id) as hi, count(*) as n from member where email like 'bench%@bench.rapport.test' \gset
-- the member who signed up for real (bench/run.sh) grants and decides, as an admin would
select id as admin_id from member where email not like 'bench%@bench.rapport.test' order by id limit 1 \gset

select setseed(0.11);
set work_mem = '256MB';

-- ---------------------------------------------------------------- advertisers
-- members who applied for sponsored.advertiser and were approved (the core's capability queue)
create temp table adv as
select row_number() over () as k, id from (
  select id from member where id between :lo and :hi order by md5('adv' || id) limit :advertisers) a;
create temp table pool_org as
select row_number() over (order by count(*) desc) as n, organisation as v
from experience where end_month is null group by organisation order by count(*) desc limit 400;
-- each advertiser advertises for one of the organisations that employ the most members
create temp table adv_org as
select a.k, a.id, o.v as organisation from adv a join pool_org o on o.n = 1 + (a.k - 1) % (select count(*) from pool_org);

insert into sponsored_advertiser (member_id, organisation, payer, updated_at)
select id, organisation,
       case when k % 4 = 0 then 'Agenzia ' || split_part(organisation, ' ', 1) || ' Media S.r.l.' else organisation end,
       now() - (k % 90) * interval '1 day'
from adv_org;
insert into capability_application (member_id, capability, note, status, applied_at, decided_by, decided_at)
select id, 'sponsored.advertiser', 'Organisation: ' || organisation, 'APPROVED',
       now() - (k % 90 + 2) * interval '1 day', :admin_id, now() - (k % 90) * interval '1 day'
from adv_org;
insert into capability_grant (member_id, capability, granted_by, granted_at)
select id, 'sponsored.advertiser', :admin_id, now() - (k % 90) * interval '1 day' from adv_org;

-- ---------------------------------------------------------------- targeting pools (from the members' data)
create temp table pool_skill as
select row_number() over (order by count(*) desc) as n, s.name as v
from member_skill ms join skill s on s.id = ms.skill_id group by s.name order by count(*) desc limit 150;
-- place keywords: the city part of the members' locations ("Milano, Italia", "Provincia di Milano"
-- and "Milano" all match "Milano", as TargetingRules matches word sequences)
create temp table pool_place as
select row_number() over (order by count(*) desc) as n, v from (
  select regexp_replace(regexp_replace(split_part(location, ',', 1), '^(Provincia di |Greater )', ''), ' Area$', '') as v
  from profile where location is not null) l
group by v order by count(*) desc limit 60;
create temp table pool_title as
select row_number() over () as n, v from unnest(array[
  'Engineer','Manager','Developer','Software','Data','Consultant','Designer','Analyst','Sales','Marketing',
  'Product','Project Manager','Teacher','Nurse','Accountant','Lawyer','Architect','Researcher','Recruiter','Scientist',
  'Avvocato','Consulente','Sviluppatore','Ingegnere','Commercialista','Insegnante','Operations','Financial','DevOps','CTO']) v;
create temp table pool_language as
select row_number() over () as n, v from unnest(array['English','en','Italian','italiano','Deutsch','Français']) v;

select count(*) as pool_skills from pool_skill;
select count(*) as pool_orgs from pool_org;
select count(*) as pool_places from pool_place;

-- k values of a pool, drawn uniformly (the pools are the popular values already)
create function pg_temp.pick(pool text, k int) returns text[] language plpgsql volatile as $$
declare result text[];
begin
  execute format('select coalesce(array_agg(distinct v), ''{}'') from %I where n in '
                 || '(select 1 + floor(random() * (select count(*) from %I))::int from generate_series(1, $1))', pool, pool)
    into result using k;
  return result;
end $$;

-- ---------------------------------------------------------------- campaigns
-- The facet mix: most campaigns narrow on one or two facets (AND across facets) with one or two
-- values each (OR), one in a hundred is untargeted.
create temp table plan as
select i, r, (select id from adv_org where k = 1 + (hashint4(i * 31) & 2147483647) % :advertisers) as advertiser,
       case when r < 0.20 then 'skills'
            when r < 0.35 then 'skills+place'
            when r < 0.50 then 'title+place'
            when r < 0.65 then 'title+skills'
            when r < 0.77 then 'org'
            when r < 0.86 then 'place'
            when r < 0.94 then 'skills+language'
            when r < 0.99 then 'title'
            else 'none' end as facets
from (select i, random() as r from generate_series(1, :campaigns) i) p;

create temp table spec as
select p.i, p.advertiser, p.facets,
       case when facets like '%skills%' then pg_temp.pick('pool_skill', 1 + (i % 2)) else '{}' end as skills,
       case when facets like '%place%' then pg_temp.pick('pool_place', 1 + (i % 2)) else '{}' end as locations,
       case when facets like '%title%' then pg_temp.pick('pool_title', 1 + (i % 2)) else '{}' end as titles,
       case when facets = 'org' then pg_temp.pick('pool_org', 3 + (i % 6)) else '{}' end as organisations,
       case when facets like '%language%' then pg_temp.pick('pool_language', 1 + (i % 2)) else '{}' end as languages,
       (current_date - (1 + (hashint4(i * 7) & 2147483647) % 60)) as start_date,
       (current_date + (1 + (hashint4(i * 11) & 2147483647) % 60)) as end_date,
       (50000 + (hashint4(i * 13) & 2147483647) % 4950000)::bigint as total_budget,
       random() as spent_share, random() as today_share
from plan p;

-- 1,000 running: approved by the admin, in their dates, with budget left
insert into sponsored_campaign (advertiser_id, organisation, payer, name, headline, body, landing_url, call_to_action,
                                start_date, end_date, total_budget, daily_budget, spent_milli, status, skills, locations,
                                titles, organisations, languages, created_at, submitted_at, decided_by, decided_at,
                                first_shown_at, last_shown_at)
select s.advertiser, a.organisation, sa.payer, 'Campaign ' || s.i || ' (' || s.facets || ')',
       left('Grow your career with ' || a.organisation, 100),
       left('Join ' || a.organisation || ': teams across Italy and Europe are hiring people like you. '
            || 'Flexible hours, training and a career path. Campaign ' || s.i || '.', 600),
       'https://example.com/c/' || s.i,
       (array['LEARN_MORE','SIGN_UP','REGISTER','APPLY','DOWNLOAD','CONTACT_US'])[1 + s.i % 6],
       s.start_date, s.end_date, s.total_budget,
       greatest(1000, s.total_budget * 12 / (10 * (s.end_date - s.start_date + 1))),
       (s.total_budget * 1000 * 0.8 * s.spent_share * (current_date - s.start_date) / (s.end_date - s.start_date + 1))::bigint,
       'RUNNING', s.skills, s.locations, s.titles, s.organisations, s.languages,
       s.start_date - 3, s.start_date - 2, :admin_id, s.start_date - 1, s.start_date::timestamptz + interval '9 hours', now()
from spec s join adv_org a on a.id = s.advertiser join sponsored_advertiser sa on sa.member_id = s.advertiser
order by s.i;

-- the other states an instance holds: ended (in the library), paused, in review, drafts, rejected
insert into sponsored_campaign (advertiser_id, organisation, payer, name, headline, body, landing_url, call_to_action,
                                start_date, end_date, total_budget, daily_budget, spent_milli, status, paused_by, reject_reason,
                                skills, locations, titles, organisations, languages, created_at, submitted_at,
                                first_shown_at, last_shown_at)
select c.advertiser_id, c.organisation, c.payer, 'Earlier ' || c.name, c.headline, c.body, c.landing_url, c.call_to_action,
       c.start_date - 120, c.start_date - 60, c.total_budget, c.daily_budget,
       case when st = 'ENDED' then c.total_budget * 900 when st = 'PAUSED' then c.total_budget * 300 else 0 end,
       st, case when st = 'PAUSED' then (array['ADVERTISER','ADMIN','REPORTS'])[1 + c.id % 3] end,
       case when st = 'REJECTED' then 'The landing page does not match the ad.' end,
       c.skills, c.locations, c.titles, c.organisations, c.languages, c.created_at - interval '120 days',
       case when st <> 'DRAFT' then c.created_at - interval '119 days' end,
       case when st in ('ENDED', 'PAUSED') then c.start_date::timestamptz - interval '119 days' end,
       case when st in ('ENDED', 'PAUSED') then c.start_date::timestamptz - interval '61 days' end
from sponsored_campaign c
cross join lateral (select (array['ENDED','ENDED','ENDED','PAUSED','REVIEW','DRAFT','REJECTED'])[1 + (hashint4(c.id::int) & 2147483647) % 7] as st) s
where c.status = 'RUNNING' and c.id % 2 = 0;

-- today's spend: paced over the UTC day (PacingRules: the elapsed share plus one hour), most
-- campaigns under their allowance, one in twenty at it (paced out until later today)
insert into sponsored_daily_spend (campaign_id, day, spent_milli)
select c.id, d.day,
       case when d.day < current_date then (c.daily_budget * 1000 * (0.5 + random() * 0.5))::bigint
            when c.id % 20 = 0 then allowance
            else (allowance * random() * 0.9)::bigint end
from sponsored_campaign c
cross join lateral generate_series(greatest(c.start_date, current_date - 13), current_date, interval '1 day') g(d)
cross join lateral (select g.d::date as day) d
cross join lateral (select least(c.daily_budget * 1000,
                                 c.daily_budget * 1000 * least(86400, extract(epoch from now() - current_date::timestamptz)::bigint + 3600) / 86400)::bigint
                        as allowance) a
where c.status = 'RUNNING';

-- ---------------------------------------------------------------- members' consent and choices
-- the targeting purpose (kind TARGETING: off until the member turns it on); 5 % turned it off again
insert into fact_consent (member_id, purpose, allowed, changed_at)
select id, 'sponsored.targeting', h < :consent, now() - (h * 300) * interval '1 day'
from (select id, (hashint4(id::int * 101) & 2147483647) / 2147483647.0 as h from member where id between :lo and :hi) m
where h < :consent + 0.05;
insert into sponsored_member_choice (member_id, sponsored_off, targeting_on, updated_at)
select id, true, false, now() - interval '30 days'
from member where id between :lo and :hi and (hashint4(id::int * 103) & 2147483647) % 100 < 4;

create temp table running as select id, advertiser_id from sponsored_campaign where status = 'RUNNING';
create temp table running_n as select row_number() over (order by id) as n, id, advertiser_id from running;
select count(*) as running from running \gset
insert into sponsored_hidden_campaign (member_id, campaign_id, hidden_at)
select distinct on (m, c.id) m, c.id, now() - random() * interval '10 days'
from (select :lo + floor(random() * :n)::bigint as m, 1 + floor(random() * :running)::int as r from generate_series(1, 30000)) d
join running_n c on c.n = d.r
on conflict do nothing;
insert into sponsored_hidden_advertiser (member_id, advertiser_id, hidden_at)
select distinct on (m, c.advertiser_id) m, c.advertiser_id, now() - random() * interval '10 days'
from (select :lo + floor(random() * :n)::bigint as m, 1 + floor(random() * :running)::int as r from generate_series(1, 5000)) d
join running_n c on c.n = d.r
on conflict do nothing;

-- ---------------------------------------------------------------- delivery history
-- two weeks of impressions (one in 200 clicked), a tenth of them today
insert into sponsored_impression (token, campaign_id, member_id, day, shown_at, cost_milli, matched, clicked_at)
select gen_random_uuid(), c.id, m, t::date, t, 500, '{}', case when random() < 0.005 then t + interval '5 seconds' end
from (select 1 + floor(random() * :running)::int as r, :lo + floor(random() * :n)::bigint as m,
             case when random() < 0.1 then current_date + random() * (now() - current_date::timestamptz)
                  else now() - interval '1 day' - random() * interval '13 days' end as t
      from generate_series(1, :impressions)) d
join running_n c on c.n = d.r;
insert into sponsored_ad_report (campaign_id, member_id, reason, reported_at)
select distinct on (c.id, m) c.id, m, (array['MISLEADING','OFFENSIVE','IRRELEVANT','OTHER'])[1 + (m % 4)::int], now() - random() * interval '10 days'
from (select 1 + floor(random() * :running)::int as r, :lo + floor(random() * :n)::bigint as m from generate_series(1, 600)) d
join running_n c on c.n = d.r
on conflict do nothing;

analyze sponsored_campaign;
analyze sponsored_daily_spend;
analyze sponsored_impression;
analyze sponsored_hidden_campaign;
analyze sponsored_hidden_advertiser;
analyze sponsored_member_choice;
analyze fact_consent;
analyze capability_grant;

-- ---------------------------------------------------------------- what was made
select status, count(*) from sponsored_campaign group by status order by status;
select count(*) as advertisers from sponsored_advertiser;
select count(*) filter (where allowed) as targeting_on, count(*) filter (where not allowed) as targeting_off
from fact_consent where purpose = 'sponsored.targeting';
select count(*) as impressions, count(*) filter (where day = current_date) as today from sponsored_impression;

-- How many running campaigns a consenting member matches (OR within a facet, AND across facets;
-- skills, organisations, languages exact; location and title as a word sequence, ignoring case;
-- only what the member shares with all members), over a sample of 500 consenting members.
create temp table sample_facts as
select m.id,
       coalesce((select array_agg(lower(s.name)) from member_skill ms join skill s on s.id = ms.skill_id where ms.member_id = m.id
                 and p.skills_visibility <> 'CONNECTIONS'), '{}') as skills,
       case when p.location_visibility <> 'CONNECTIONS' then lower(p.location) end as location,
       case when p.experience_visibility <> 'CONNECTIONS' then (select lower(e.title) from experience e where e.member_id = m.id and e.end_month is null limit 1) end as title,
       case when p.experience_visibility <> 'CONNECTIONS' then (select coalesce(array_agg(lower(e.organisation)), '{}') from experience e where e.member_id = m.id and e.end_month is null) else '{}' end as orgs,
       array[lower(m.language), 'english'] as languages -- member.language (bench members: en) and its English name
from member m join profile p on p.member_id = m.id
join fact_consent f on f.member_id = m.id and f.purpose = 'sponsored.targeting' and f.allowed
order by md5(m.id::text) limit 500;
create function pg_temp.words(text, text[]) returns boolean language sql immutable as
  $$ select exists (select 1 from unnest($2) w where $1 ~* ('(^|[^[:alnum:]])' || regexp_replace(w, '([.+*?()\[\]{}|^$\\])', '\\\1', 'g') || '($|[^[:alnum:]])')) $$;
create temp table sample_matches as
select f.id, count(c.id) filter (where c.id is not null) as matched
from sample_facts f left join sponsored_campaign c on c.status = 'RUNNING'
 and (c.skills = '{}' or exists (select 1 from unnest(c.skills) v where lower(v) = any(f.skills)))
 and (c.locations = '{}' or (f.location is not null and pg_temp.words(f.location, c.locations)))
 and (c.titles = '{}' or (f.title is not null and pg_temp.words(f.title, c.titles)))
 and (c.organisations = '{}' or exists (select 1 from unnest(c.organisations) v where lower(v) = any(f.orgs)))
 and (c.languages = '{}' or exists (select 1 from unnest(c.languages) v where lower(v) = any(f.languages)))
group by f.id;
select min(matched), percentile_cont(0.25) within group (order by matched) as p25,
       percentile_cont(0.5) within group (order by matched) as median, percentile_cont(0.75) within group (order by matched) as p75,
       max(matched), count(*) filter (where matched = (select count(*) from sponsored_campaign c where c.status = 'RUNNING' and c.skills = '{}'
         and c.locations = '{}' and c.titles = '{}' and c.organisations = '{}' and c.languages = '{}')) as only_untargeted
from sample_matches;
