-- Benchmark data: 100k members with profiles, experience, education and skills, and 1M
-- connections (2M directed rows in connection_edge) with power-law degrees.
--
-- Run with psql against a database that Rapport has migrated (bench/run.sh does it all):
--   psql -h 127.0.0.1 -U postgres -d rapport_bench -v hash_from=owner@bench.rapport.test -f bench/generate.sql
-- Variables: hash_from (required: the email of a member who signed up for real; every bench
-- member gets their password hash, so all of them sign in with that member's password),
-- members (default 100000), connections (default 1000000).
-- Bench members have the emails bench<i>@bench.rapport.test, i = 1..members.
-- Idempotent-ish: a database that already holds bench members is left as it is.

\set ON_ERROR_STOP on
\timing on
\if :{?members}
\else
  \set members 100000
\endif
\if :{?connections}
\else
  \set connections 1000000
\endif

select exists (select 1 from member where email = 'bench1@bench.rapport.test') as already_loaded \gset
\if :already_loaded
  \echo 'bench data already loaded; nothing to do'
  \quit
\endif

select password_hash as bench_hash from member where email = :'hash_from' \gset

select setseed(0.3);
-- Bulk load: no row triggers (the search documents are rebuilt once at the end) and no
-- foreign-key checks (the ids below all come from the rows just inserted).
set session_replication_role = replica;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

-- ---------------------------------------------------------------- pools
create temp table first_name as select row_number() over () as n, v from unnest(array[
  'Marco','Giulia','Alessandro','Francesca','Luca','Chiara','Andrea','Sara','Matteo','Martina',
  'Lorenzo','Elena','Davide','Valentina','Simone','Alessia','Federico','Silvia','Riccardo','Giorgia',
  'Niccolò','Nicolò','Noè','Mattìa','Ilaria','Tommaso','Beatrice','Gabriele','Aurora','Stefano',
  'Paola','Giovanni','Anna','Francesco','Laura','Antonio','Roberta','Giuseppe','Serena','Pietro',
  'Elisa','Salvatore','Federica','Vincenzo','Claudia','Emanuele','Cristina','Fabrizio','Michela','Raffaele',
  'José','Chloé','Renée','André','Zoë','Élodie','Jérôme','Inés','Ángel','Şebnem',
  'James','Olivia','Oliver','Amelia','Jack','Isla','Harry','Ava','George','Emily',
  'Noah','Sophie','Charlie','Grace','Thomas','Mia','Oscar','Poppy','William','Ella',
  'Henry','Lily','Leo','Evie','Joshua','Isabella','Daniel','Freya','Samuel','Florence',
  'Alfie','Ruby','Joseph','Charlotte','Benjamin','Jessica','Edward','Hannah','Michael','Lucy',
  'David','Sarah','Robert','Rachel','Peter','Rebecca','Paul','Emma','Mark','Katherine']) v;
create temp table last_name as select row_number() over () as n, v from unnest(array[
  'Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci','Marino','Greco',
  'Bruno','Gallo','Conti','De Luca','Mancini','Costa','Giordano','Rizzo','Lombardi','Moretti',
  'Barbieri','Fontana','Santoro','Mariani','Rinaldi','Caruso','Ferrara','Galli','Martini','Leone',
  'Longo','Gentile','Martinelli','Vitale','Lombardo','Serra','Coppola','De Santis','D''Angelo','Marchetti',
  'Parisi','Villa','Conte','Ferraro','Ferri','Fabbri','Bianco','Marini','Grasso','Valentini',
  'Messina','Sala','De Angelis','Gatti','Pellegrini','Palumbo','Sanna','Farina','Rizzi','Monti',
  'Cattaneo','Morelli','Amato','Silvestri','Mazza','Testa','Grassi','Pellegrino','Carbone','Giuliani',
  'Benedetti','Barone','Caputo','Montanari','Guerra','Palmieri','Bernardi','Fiore','De Rosa','Ferretti',
  'Cantù','Sgrò','Abbà','Pirrò','Bonfà','Canè','Nicolò','Borrà','Zanè','Mastrolìa',
  'Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Wilson','Thomas','Johnson',
  'Roberts','Robinson','Thompson','Wright','Walker','White','Edwards','Hughes','Green','Hall',
  'Lewis','Harris','Clarke','Patel','Jackson','Wood','Turner','Martin','Cooper','Hill',
  'Ward','Morris','Moore','Clark','Lee','King','Baker','Harrison','Morgan','Allen',
  'James','Scott','Phillips','Watson','Davis','Parker','Price','Bennett','Young','Griffiths',
  'Mitchell','Kelly','Cook','Carter','Richardson','Bailey','Collins','Bell','Shaw','Murphy',
  'Miller','Cox','Richards','Khan','Marshall','Anderson','Simpson','Ellis','Adams','Singh',
  'O''Brien','O''Connor','McAllister','Brontë','Núñez','García','Müller','Søren','Łukasiewicz','Dvořák']) v;
create temp table city as select row_number() over () as n, v, it from (
  select v, true as it from unnest(array[
    'Milano','Roma','Torino','Napoli','Bologna','Firenze','Genova','Venezia','Verona','Padova',
    'Trieste','Bari','Palermo','Catania','Cagliari','Trento','Bolzano','Brescia','Bergamo','Parma',
    'Modena','Reggio Emilia','Pisa','Lucca','Siena','Perugia','Ancona','Pescara','Lecce','Salerno',
    'Como','Monza','Varese','Pavia','Cremona','Mantova','Vicenza','Treviso','Udine','Ferrara',
    'Ravenna','Rimini','Forlì','Cesena','Piacenza','Novara','Asti','Cuneo','Aosta','La Spezia',
    'Livorno','Arezzo','Prato','Pistoia','Terni','Latina','Caserta','Potenza','Matera','Cosenza',
    'Reggio Calabria','Messina','Siracusa','Sassari','Taranto','Foggia','Brindisi','L''Aquila','Campobasso','Sondrio']) v
  union all
  select v, false from unnest(array[
    'London','Manchester','Birmingham','Leeds','Glasgow','Edinburgh','Bristol','Liverpool','Sheffield','Cardiff',
    'Belfast','Nottingham','Newcastle','Leicester','Oxford','Cambridge','Brighton','York','Bath','Aberdeen',
    'Dublin','Cork','Galway','New York','Boston','San Francisco','Seattle','Toronto','Zürich','Genève',
    'München','Berlin','Paris','Lyon','Barcelona','Madrid','Lisboa','Amsterdam','Bruxelles','Wien']) v) c;
create temp table location as select row_number() over () as n, v from (
  select v from city
  union all select v || ', ' || case when it then 'Italia' when n <= 90 then 'United Kingdom'
                                     when v in ('Dublin', 'Cork', 'Galway') then 'Ireland'
                                     when v in ('New York', 'Boston', 'San Francisco', 'Seattle') then 'USA'
                                     when v = 'Toronto' then 'Canada' else 'Europe' end from city
  union all select case when it then 'Provincia di ' || v else 'Greater ' || v || ' Area' end from city
  union all select 'Remote' union all select 'Italia' union all select 'United Kingdom') l;
create temp table organisation as select row_number() over (order by random()) as n, v from (
  select p || ' ' || s || case when (pi + si) % 3 = 0 then ' S.p.A.' when (pi + si) % 3 = 1 then ' Ltd' else '' end as v
  from unnest(array[
    'Acme','Aurora','Borealis','Cobalt','Delta','Etna','Fenice','Galileo','Helix','Iride',
    'Juno','Kappa','Lumen','Meridian','Nova','Orion','Polaris','Quanta','Riva','Solaris',
    'Tirreno','Umbra','Vesta','Zenit','Adriatica','Alpina','Ligure','Padana','Sabauda','Thames',
    'Pennine','Severn','Cotswold','Northern','Brighton','Milanese','Romana','Partenope','Vesuvio','Dolomiti',
    'Brenta','Arno','Tevere','Ticino','Lario','Garda','Bernina','Città Nuova','Società Elettrica','Crédit']) with ordinality as p(p, pi),
  unnest(array[
    'Software','Consulting','Bank','Insurance','Logistics','Energia','Systems','Labs','Health','Foods',
    'Media','Analytics','Robotics','Telecom','Design','Capital','Motors','Pharma','Studio','Engineering',
    'Retail','Digital','Solutions','Networks','Ventures','Partners','Trasporti','Costruzioni','Assicurazioni','Moda',
    'Automazione','Informatica','Biotech','Aerospace','Fintech','Cloud','Security','Games','Education','Legal']) with ordinality as s(s, si)) o;
create temp table school as select row_number() over (order by random()) as n, v from (
  select 'Università di ' || v as v from city where it
  union all select 'Politecnico di ' || v from city where it
  union all select 'Liceo Scientifico ' || v from city where it
  union all select 'Istituto Tecnico ' || v from city where it
  union all select 'University of ' || v from city where not it
  union all select v || ' College' from city where not it
  union all select v || ' Business School' from city
  union all select v || ' Academy of Arts' from city where not it) s;
create temp table skill_pool as select row_number() over (order by random()) as n, v from (
  select distinct v from (
    select unnest(array[
      'Java','Python','JavaScript','TypeScript','Go','Rust','C','C++','C#','Kotlin','Scala','Ruby','PHP','Swift','SQL',
      'PostgreSQL','MySQL','Oracle','MongoDB','Redis','Kafka','RabbitMQ','Elasticsearch','Docker','Kubernetes',
      'Terraform','Ansible','AWS','Azure','Google Cloud','Linux','Git','Jenkins','Maven','Gradle',
      'Spring','Jakarta EE','Hibernate','React','Angular','Vue.js','Node.js','Django','Flask','Rails',
      'HTML','CSS','GraphQL','REST','Microservices','Machine Learning','Deep Learning','Data Science','Statistics','R',
      'Pandas','Spark','Hadoop','Tableau','Power BI','Excel','SAP','Salesforce','ServiceNow','Jira',
      'Agile','Scrum','Kanban','Project Management','Product Management','Leadership','Negotiation','Public Speaking','Coaching','Mentoring',
      'Marketing','Digital Marketing','SEO','Content Strategy','Copywriting','Branding','Social Media','Sales','Business Development','Customer Success',
      'Accounting','Finance','Controlling','Auditing','Tax','Corporate Law','Contract Law','Compliance','GDPR','Risk Management',
      'Human Resources','Recruiting','Training','Logistics','Supply Chain','Procurement','Lean Manufacturing','Six Sigma','Quality Assurance','Testing',
      'UX Design','UI Design','Figma','Photoshop','Illustrator','Graphic Design','Interior Design','Architecture','AutoCAD','Revit',
      'Mechanical Engineering','Electrical Engineering','Civil Engineering','Chemical Engineering','Embedded Systems','PLC','Robotics','IoT','Cybersecurity','Networking',
      'Nursing','Medicine','Pharmacology','Biology','Chemistry','Physics','Mathematics','Research','Teaching','Translation',
      'Italiano','English','Français','Deutsch','Español','Journalism','Photography','Video Editing','Music Production','Event Planning',
      'Hospitality','Tourism','Retail','Real Estate','Insurance','Banking','Investment','Economics','Public Policy','Sustainability',
      'Energy','Renewable Energy','Agronomy','Enologia','Food Safety','Cucina','Fashion','Textiles','Customer Service','Operations',
      'Unit Testing','Domain-Driven Design','Event Sourcing','OAuth','Payara','WildFly','Quarkus','Micronaut','Bash','PowerShell',
      'Haskell','Erlang','Elixir','Clojure']) v
    union all
    select l || ' ' || a from unnest(array['Java','Python','SQL','Cloud','Data','Web','Mobile','Security','Network','Database']) l,
                              unnest(array['Architecture','Development','Administration','Performance','Testing','Consulting']) a
    union all
    select a || ' ' || l from unnest(array['Strategic','Financial','Technical','Corporate','Digital','Clinical','Legal','Creative']) a,
                              unnest(array['Planning','Analysis','Writing','Communication','Consulting','Operations','Research','Management']) l
  ) x) s;
create temp table title as select row_number() over () as n, v from unnest(array[
  'Software Engineer','Senior Software Engineer','Backend Developer','Frontend Developer','Full Stack Developer','Data Scientist',
  'Data Engineer','DevOps Engineer','Site Reliability Engineer','Engineering Manager','CTO','Product Manager',
  'Product Designer','UX Researcher','Project Manager','Scrum Master','Business Analyst','Consultant',
  'Account Manager','Sales Manager','Marketing Manager','Content Writer','HR Manager','Recruiter',
  'Accountant','Financial Analyst','Controller','Lawyer','Architect','Civil Engineer',
  'Mechanical Engineer','Electrical Engineer','Nurse','Doctor','Pharmacist','Teacher',
  'Researcher','Professor','Translator','Journalist','Photographer','Chef',
  'Store Manager','Operations Manager','Logistics Coordinator','Buyer','Quality Manager','CEO',
  'Ingegnere del Software','Sviluppatore','Analista Programmatore','Responsabile Commerciale','Commercialista','Avvocato',
  'Insegnante','Ricercatrice','Infermiere','Direttore Tecnico','Progettista','Consulente']) v;

-- Zipf-like rank in 1..n: log-uniform, so P(rank k) ~ 1/k (a few organisations employ many).
create function pg_temp.zipf(n int) returns int language sql volatile as
  $$ select least(n, greatest(1, floor(exp(random() * ln(n + 1)))::int)) $$;

select count(*) as first_names from first_name;
select count(*) as last_names from last_name;
select count(*) as locations from location;
select count(*) as organisations from organisation;
select count(*) as schools from school;
select count(*) as skills from skill_pool;

-- ---------------------------------------------------------------- members and profiles
create temp table bench_person as
select i,
       (select v from first_name where n = 1 + (hashint4(i) & 2147483647) % (select count(*) from first_name)) as first,
       (select v from last_name where n = 1 + (hashint4(i * 7 + 3) & 2147483647) % (select count(*) from last_name)) as last
from generate_series(1, :members) i;

insert into member (email, display_name, password_hash, created_at, password_changed_at)
select 'bench' || i || '@bench.rapport.test', first || ' ' || last, :'bench_hash',
       now() - random() * interval '3 years', now() - interval '1 day'
from bench_person order by i;

create temp table bench_member as
select m.id, substring(m.email from 'bench([0-9]+)@')::int as i from member m where m.email like 'bench%@bench.rapport.test';
create unique index on bench_member (i);
analyze bench_member;

insert into skill (normalised, name)
select lower(v), v from skill_pool on conflict (normalised) do nothing;
create temp table skill_ids as select s.id, p.n from skill_pool p join skill s on s.normalised = lower(p.v);

-- Random draws are materialised first, then joined: a volatile expression in a join condition
-- would be evaluated once per candidate pair.
-- experience: 1-4 jobs, the first one current; organisations Zipf-skewed
create temp table job as
select b.id, j, pg_temp.zipf(2000) as org, 1 + floor(random() * 60)::int as t,
       date_trunc('month', current_date - (j * 900 + (random() * 600)::int))::date as start_month
from bench_member b cross join lateral generate_series(1, 1 + (hashint4(b.i * 13) & 3)) j;
insert into experience (member_id, title, organisation, start_month, end_month)
select job.id, t.v, o.v, start_month, case when j = 1 then null else least(start_month + interval '14 months', current_date)::date end
from job join organisation o on o.n = job.org join title t on t.n = job.t
order by job.id, j;

create temp table study as
select b.id, j, pg_temp.zipf((select count(*) from school)::int) as s, 1990 + floor(random() * 30)::int as y,
       (array['Laurea','Laurea Magistrale','BSc','MSc','PhD','Diploma'])[1 + floor(random() * 6)::int] as degree,
       (array['Informatica','Ingegneria','Economia','Giurisprudenza','Computer Science','Business',
              'Design','Medicine','Physics','Lettere'])[1 + floor(random() * 10)::int] as field
from bench_member b cross join lateral generate_series(1, 1 + (hashint4(b.i * 17) & 1)) j;
insert into education (member_id, school, degree, field, start_year, end_year)
select study.id, s.v, degree, field, y, y + 3
from study join school s on s.n = study.s
order by study.id, j;

create temp table knows as
select distinct b.id, pg_temp.zipf((select count(*) from skill_ids)::int) as k
from bench_member b cross join lateral generate_series(1, 3 + (hashint4(b.i * 19) & 7)) j;
insert into member_skill (member_id, skill_id)
select knows.id, k.id from knows join skill_ids k on k.n = knows.k
on conflict do nothing;

create temp table lives as
select b.id, b.i, pg_temp.zipf((select count(*) from location)::int) as l, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
from bench_member b;
insert into profile (member_id, handle, headline, location, skills_visibility, headline_visibility,
                     location_visibility, experience_visibility, education_visibility, updated_at)
select lives.id,
       left(regexp_replace(lower(unaccent(p.first || '-' || p.last)), '[^a-z0-9]+', '-', 'g'), 30) || '-' || lives.i,
       case when r1 < 0.85 then (select e.title || ' at ' || e.organisation from experience e
                                 where e.member_id = lives.id and e.end_month is null limit 1) end,
       l.v,
       case when r2 < 0.10 then 'CONNECTIONS' else 'MEMBERS' end,
       case when r3 < 0.03 then 'CONNECTIONS' else 'EVERYONE' end,
       case when r4 < 0.10 then 'CONNECTIONS' else 'MEMBERS' end,
       case when r5 < 0.05 then 'CONNECTIONS' else 'MEMBERS' end,
       'MEMBERS', now()
from lives join bench_person p on p.i = lives.i join location l on l.n = lives.l;

-- ---------------------------------------------------------------- connections
-- Chung-Lu: each member gets a Pareto weight (alpha 1.5, minimum 6, capped at 800; eight hubs
-- get 2000-5000); an edge
-- picks both ends with probability proportional to weight, so degrees follow the weights:
-- most members 5-30 connections, a few thousand with hundreds, a handful with thousands.
create temp table weight as
select b.id, least(800, floor(6 / power(1 - random(), 1 / 1.5)))::int as w from bench_member b;
-- the handful of hubs (recruiters, founders) with thousands of connections
update weight set w = 2000 + floor(random() * 3000)::int
where id in (select id from bench_member where i in (11, 2222, 33333, 44444, 55555, 66666, 77777, 88888));
create temp table stub as
select row_number() over () as n, weight.id from weight cross join lateral generate_series(1, weight.w) k;
create unique index on stub (n);
analyze stub;
select count(*) as stubs from stub \gset

create temp table draw as
select 1 + floor(random() * :stubs)::bigint as r1, 1 + floor(random() * :stubs)::bigint as r2
from generate_series(1, (:connections * 1.15)::bigint);
analyze draw;

create temp table edge as
select x, y, (array['WORKED_TOGETHER','STUDIED_TOGETHER','MET_AT_EVENT','INTRODUCED','OTHER'])[1 + floor(random() * 5)::int] as how,
       now() - random() * interval '3 years' as at
from (select distinct least(a.id, b.id) as x, greatest(a.id, b.id) as y
      from draw join stub a on a.n = draw.r1 join stub b on b.n = draw.r2
      where a.id <> b.id) p
order by random()  -- not the first pairs in (x, y) order: that would starve the highest ids
limit :connections;

insert into connection_edge (member_id, other_id, how_met, connected_at)
select d.m, d.o, edge.how, edge.at
from edge cross join lateral (values (edge.x, edge.y), (edge.y, edge.x)) d(m, o)
order by d.m, d.o;

reset session_replication_role;
-- the search documents of everyone, in one pass (the triggers were off)
select search_rebuild_all();
analyze;

-- ---------------------------------------------------------------- what was made
select count(*) as members from member;
select count(*) as profiles from profile;
select count(*) as experiences from experience;
select count(*) as educations from education;
select count(*) as member_skills from member_skill;
select count(*) / 2 as connections from connection_edge;
select count(*) filter (where degree between 5 and 30) as degree_5_30,
       count(*) filter (where degree < 5) as degree_under_5,
       count(*) filter (where degree between 100 and 999) as degree_hundreds,
       count(*) filter (where degree >= 1000) as degree_thousands,
       max(degree) as max_degree,
       percentile_cont(0.5) within group (order by degree) as median_degree
from (select count(*) as degree from connection_edge group by member_id) d;
