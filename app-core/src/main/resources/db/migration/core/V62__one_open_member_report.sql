-- One open report per reporter and reported member (content reports have theirs since V31).
-- Duplicates already open are closed as dismissed, the oldest stays in the queue.
update member_report r set status = 'DISMISSED', handled_at = now()
 where r.status = 'OPEN'
   and exists (select 1 from member_report o
                where o.reporter_id = r.reporter_id and o.reported_id = r.reported_id
                  and o.status = 'OPEN' and o.id < r.id);
create unique index member_report_open_uq on member_report (reporter_id, reported_id) where status = 'OPEN';
-- for the per-member report limit (ReportLimit)
create index member_report_reporter_idx on member_report (reporter_id, created_at);
create index content_report_reporter_idx on content_report (reporter_id, created_at);
