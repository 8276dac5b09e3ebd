-- An organisation's logo: the upload re-encoded by the core's image checks (JPEG, no metadata).
-- logo_at on the organisation says whether there is one and versions its address.
create table recruiter_logo (
    organisation_id bigint      primary key references recruiter_organisation (id),
    jpeg            bytea       not null,
    stored_at       timestamptz not null
);
alter table recruiter_organisation add column logo_at timestamptz;
