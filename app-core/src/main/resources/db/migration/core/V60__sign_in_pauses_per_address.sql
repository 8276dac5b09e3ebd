-- Sign-in pauses are kept per address + account, so that failures from one address cannot
-- keep the owner out from another; address '' is the pause of the whole account (the much
-- higher ceiling for failures from many addresses). strikes counts the pauses in a row of one
-- key: each lasts twice as long as the one before.
delete from sign_in_lock;
alter table sign_in_lock add column address varchar(64) not null default '';
alter table sign_in_lock add column strikes integer not null default 1;
alter table sign_in_lock drop constraint sign_in_lock_pkey;
alter table sign_in_lock add primary key (email, address);

-- REFUSED: an attempt refused before any work (an over-long email or password); it still
-- counts against its address.
alter table sign_in_attempt drop constraint sign_in_attempt_outcome_check;
alter table sign_in_attempt add constraint sign_in_attempt_outcome_check
    check (outcome in ('SUCCEEDED', 'FAILED', 'LOCKED', 'REFUSED'));
create index sign_in_attempt_pair_idx on sign_in_attempt (email, address, attempted_at);
create index sign_in_attempt_time_idx on sign_in_attempt (attempted_at);
