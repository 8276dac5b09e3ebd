-- Advertisers are approved through the core's capability queue (sponsored.advertiser); the plugin
-- keeps only what the member answered: whom they advertise for and who pays. The plugin shipped
-- disabled and unreleased with its own queue, so its decisions are not carried over.
drop index sponsored_advertiser_pending;
delete from sponsored_advertiser where status <> 'APPROVED';
alter table sponsored_advertiser drop column status, drop column reason, drop column decided_by, drop column decided_at;
alter table sponsored_advertiser rename column applied_at to updated_at;
