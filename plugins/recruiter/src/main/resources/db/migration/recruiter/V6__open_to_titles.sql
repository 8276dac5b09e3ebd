-- The job titles a member who is open to opportunities shares with recruiters (held now or before),
-- searched with the roles they want and their skills.
alter table recruiter_open_to add column titles varchar(300) not null default '';
