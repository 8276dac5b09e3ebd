-- Benchmark data for conversations: 2M conversations holding 20M messages, on top of
-- bench/generate.sql (100k members, 1M connections) in a database that Rapport has migrated
-- (V10__conversations.sql). Set-based: every table is filled by one INSERT ... SELECT over
-- generate_series, with explicit message ids, and indexes built once at the end.
--
--   psql -h 127.0.0.1 -U postgres -d rapport_bench_conv -f bench/generate-messages.sql
-- Variables: direct_connected (default 800000): direct conversations between connections;
-- direct_others (default 800000): direct conversations between members who are not connected
-- (70 % accepted requests, 20 % pending, 10 % declined); groups (default 400000, 3-8 members);
-- mean_messages (default 11.75): messages per conversation other than a pending request (1 +
-- exponential; a pending or declined request holds one), i.e. ~20M in all.
-- Conversations start within the last year; a quarter of the members have unread messages.
-- Idempotent-ish: a database that already holds conversations is left as it is.

\set ON_ERROR_STOP on
\timing on
\if :{?direct_connected}
\else
  \set direct_connected 800000
\endif
\if :{?direct_others}
\else
  \set direct_others 800000
\endif
\if :{?groups}
\else
  \set groups 400000
\endif
\if :{?mean_messages}
\else
  \set mean_messages 11.75
\endif

select exists (select 1 from conversation) as already_loaded \gset
\if :already_loaded
  \echo 'conversations already loaded; nothing to do'
  \quit
\endif

select setseed(0.5);
set session_replication_role = replica;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
select max(id) as max_member from member \gset

-- ---------------------------------------------------------------- conversations (in a temp table first)
-- One row per conversation: its members (direct: {a,b}, a the first sender), kind, state,
-- message count n, first message time and gap between messages; id assigned in order.
create temp table conv (
    id bigint, kind text, state text, members bigint[], n int, start_at timestamptz, step interval, first_msg bigint);

insert into conv (kind, state, members)
select 'DIRECT', 'OPEN', case when random() < 0.5 then array[member_id, other_id] else array[other_id, member_id] end
from (select member_id, other_id from connection_edge where member_id < other_id order by random() limit :direct_connected) e;

insert into conv (kind, state, members)
select 'DIRECT', case when r < 0.7 then 'OPEN' when r < 0.9 then 'REQUEST' else 'DECLINED' end, array[a, b]
from (select distinct on (least(a, b), greatest(a, b)) a, b, random() r
      from (select 1 + floor(random() * :max_member)::bigint a, 1 + floor(random() * :max_member)::bigint b
            from generate_series(1, (:direct_others * 1.05)::int)) x
      where a <> b and not exists (select 1 from connection_edge e where e.member_id = x.a and e.other_id = x.b)
      order by least(a, b), greatest(a, b)) y
limit :direct_others;

-- groups: a creator and 2-7 of their connections (creators with at least 7 connections)
create temp table creators as
select member_id, array_agg(other_id) friends from connection_edge group by member_id having count(*) >= 7;
insert into conv (kind, state, members)
select 'GROUP', 'OPEN', array[c.member_id] || c.friends[1:2 + floor(random() * 6)::int]
from (select member_id, friends from creators order by random()) c
cross join generate_series(1, ceil(:groups::numeric / (select count(*) from creators))::int) g
limit :groups;

-- message counts (1 + exponential with the requested mean; requests hold exactly one), times, ids
update conv set n = case when state in ('REQUEST', 'DECLINED') then 1 else 1 + floor(-ln(1 - random()) * (:mean_messages - 1))::int end,
                start_at = now() - random() * interval '365 days';
update conv set step = least((now() - start_at) / (n + 1), random() * interval '2 days');
create temp table conv_numbered as
select row_number() over (order by random()) id, kind, state, members, n, start_at, step, 0::bigint first_msg from conv;
drop table conv;
alter table conv_numbered rename to conv;
update conv c set first_msg = o.off from (select id, coalesce(sum(n) over (order by id rows between unbounded preceding and 1 preceding), 0) off
                                          from conv) o where o.id = c.id;
create index on conv (id);
analyze conv;
select count(*) conversations, sum(n) messages from conv;

-- ---------------------------------------------------------------- messages
-- Ids follow each conversation's order; rows are written in time order, as a live system writes
-- them, so one conversation's messages are spread over the table as they would be.
drop index if exists message_conversation_idx;
alter table message_hidden drop constraint if exists message_hidden_message_id_fkey;
alter table message drop constraint if exists message_pkey;
create temp table sentence as select array[
  'Hi! Thanks for connecting.', 'Are you around for a coffee next week?', 'Great talk yesterday, the slides are here: https://example.org/slides',
  'Sure, Tuesday works for me.', 'Could you introduce me to someone in your data team?', 'Congratulations on the new role!',
  'I will send you the details by email.', 'Sounds good, let''s do it.', 'Sorry for the late reply, busy weeks.',
  'Do you have experience with Jakarta EE migrations?', 'We are hiring backend developers in Milano, interested?',
  'Thanks, not now.', 'Let me check my calendar and come back to you.', 'Ciao! Ci vediamo al meetup giovedì?',
  'Grazie mille per il consiglio.', 'Here is the document we discussed.', 'Happy to help, what do you need?',
  'Let''s talk later this month.', 'The PR is merged, thanks for the review.', 'See you at the conference!'] s;
insert into message (id, conversation_id, sender_id, kind, ending, body, created_at)
select c.first_msg + i, c.id, c.members[1 + (i - 1) % cardinality(c.members)], 'TEXT', null,
       t.s[1 + (c.id * 7 + i) % 20] || case when i % 3 = 0 then ' ' || t.s[1 + (c.id + i * 3) % 20] else '' end,
       c.start_at + c.step * (i - 1)
from conv c cross join lateral generate_series(1, c.n) i cross join sentence t
order by 7;
select setval('message_id_seq', (select max(id) from message));
alter table message add constraint message_pkey primary key (id);
create index message_conversation_idx on message (conversation_id, id desc);
alter table message_hidden add constraint message_hidden_message_id_fkey foreign key (message_id) references message (id);

-- ---------------------------------------------------------------- conversation rows
insert into conversation (id, kind, state, title, creator_id, direct_key, created_at, requested_at, first_sender_id,
                          first_message_at, first_reply_at, last_message_id, last_sender_id, last_message_at)
select c.id, c.kind, c.state, case when c.kind = 'GROUP' then 'Group ' || c.id end, c.members[1],
       case when c.kind = 'DIRECT' then least(c.members[1], c.members[2]) || ':' || greatest(c.members[1], c.members[2]) end,
       c.start_at, case when c.state <> 'OPEN' then c.start_at end,
       c.members[1], c.start_at, case when c.n > 1 then c.start_at + c.step end,
       c.first_msg + c.n, c.members[1 + (c.n - 1) % cardinality(c.members)], c.start_at + c.step * (c.n - 1)
from conv c;
select setval('conversation_id_seq', (select max(id) from conversation));

-- members: folder by state, activity = last message, a quarter of rows with unread messages
insert into conversation_member (conversation_id, member_id, folder, joined_at, last_activity_at, unread, last_read_message_id)
select c.id, m.member_id,
       case when c.state = 'REQUEST' and m.ord > 1 then 'REQUESTS' when c.state = 'DECLINED' and m.ord > 1 then 'CLOSED' else 'INBOX' end,
       c.start_at, c.start_at + c.step * (c.n - 1),
       case when u < 0.25 then least(c.n, 1 + floor(u * 12)::int) else 0 end,
       case when u < 0.25 then c.first_msg + c.n - least(c.n, 1 + floor(u * 12)::int) else c.first_msg + c.n end
from conv c cross join lateral unnest(c.members) with ordinality m(member_id, ord)
cross join lateral (select random() + 0 * c.id as u) r;

analyze conversation;
analyze conversation_member;
analyze message;
set session_replication_role = origin;
select count(*) as conversations from conversation;
select count(*) as messages from message;
select count(*) as memberships from conversation_member;
