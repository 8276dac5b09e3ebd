-- The candidate search leaves out the members who stopped the organisation: it reads that
-- organisation's marks once (a hashed NOT IN), by this index, instead of probing per candidate.
create index recruiter_no_contact_organisation_idx on recruiter_no_contact (organisation_id, member_id);
