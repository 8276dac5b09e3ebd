-- The creative's optional image: checked and re-encoded as JPEG by the core (SPI Images), stored
-- here, shown in the ad and in the ad library, purged with the rest of the creative a year after the end.
alter table sponsored_campaign add column has_image boolean not null default false;
create table sponsored_image (
    campaign_id bigint  not null references sponsored_campaign (id),
    width       integer not null,
    jpeg        bytea   not null,
    primary key (campaign_id, width)
);
