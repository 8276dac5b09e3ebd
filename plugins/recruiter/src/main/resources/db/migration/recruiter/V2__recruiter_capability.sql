-- Recruiters hold the capability recruiter.recruiter, applied for on the core's "My roles" page and
-- approved in the core's queue. The application names the organisation; the plugin keeps that claim
-- here until the approved member's next visit to the desk, which joins them to that organisation
-- (creating it, approved, when no organisation of that name exists yet).
create table recruiter_claim (
    member_id  bigint       primary key,
    name       varchar(120) not null,
    slug       varchar(60)  not null,
    claimed_at timestamptz  not null
);
