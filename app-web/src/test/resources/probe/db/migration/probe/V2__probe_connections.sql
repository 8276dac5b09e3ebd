-- What the probe plugin's ConnectionListener heard, and the suggestions its source offers (test-only).
create table probe_connection_event (
    id       bigserial   primary key,
    kind     varchar(40) not null,
    actor    bigint      not null,
    subject  bigint      not null,
    how_met  varchar(20)
);
create table probe_suggestion (
    member_id     bigint not null,
    suggested_id  bigint not null,
    primary key (member_id, suggested_id)
);
