-- The weekly "catch up" digest: when each member's next one is due. The job creates a row a
-- week ahead for a member without one, and claims due rows with FOR UPDATE SKIP LOCKED,
-- moving next_at a week on in the transaction that queues the mail.
create table digest_schedule (
    member_id  bigint       primary key references member (id) on delete cascade,
    next_at    timestamptz  not null,
    last_sent_at timestamptz
);
create index digest_schedule_next_idx on digest_schedule (next_at);
