-- Changing one's email: the link goes to the new address, which the token row remembers.
alter table account_token add column new_email varchar(254);
alter table account_token drop constraint account_token_purpose_check;
alter table account_token add constraint account_token_purpose_check check (purpose in ('VERIFY', 'RESET', 'EMAIL'));
