-- A test plugin's own table, with the plugin's prefix, in its own Flyway history.
create table probe_note (
    id    bigserial primary key,
    text  varchar(200) not null
);
insert into probe_note (text) values ('written by the probe plugin migration');
