-- What the probe and faulty feed contributors do for a viewer (test-only): a row per member who
-- takes part; mode 'offer' (probe: 5 sponsored + 5 event items, one with a fragment outside its
-- folder, and one about author_id if set) or 'fail' (faulty: one contributor throws, one hangs).
create table probe_feed (
    member_id  bigint      not null,
    mode       varchar(10) not null,
    author_id  bigint,
    primary key (member_id, mode)
);
