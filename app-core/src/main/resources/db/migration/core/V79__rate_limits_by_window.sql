-- RateLimits also counts invitations and message requests (per week) and reports (per day), and
-- plugins' actions (named after the plugin, e.g. events.invitation): longer action names. The
-- counts those limits kept in their own tables carry over, so nobody gets a fresh week or day.
alter table rate_limit_event alter column action type varchar(64);

insert into rate_limit_event (action, actor, at)
select 'INVITATION', sender_id::text, created_at from invitation where created_at > now() - interval '7 days';

insert into rate_limit_event (action, actor, at)
select 'MESSAGE_REQUEST', creator_id::text, requested_at from conversation
where requested_at is not null and creator_id is not null and requested_at > now() - interval '7 days';

insert into rate_limit_event (action, actor, at)
select 'REPORT', reporter_id::text, created_at from member_report where created_at > now() - interval '1 day'
union all
select 'REPORT', reporter_id::text, created_at from content_report where created_at > now() - interval '1 day';
