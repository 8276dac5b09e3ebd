-- A deleted advertiser's campaigns that ran stay in the public ad library (DSA Art. 39) without
-- naming the member: the campaign loses its advertiser. A deleted member's impressions and reports
-- keep the campaign's figures (reach counts distinct members) under a number that names nobody:
-- a negative value drawn from this sequence, one per erased member.
alter table sponsored_campaign alter column advertiser_id drop not null;
create sequence sponsored_erased_member;
