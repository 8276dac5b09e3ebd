-- One row per limited action (RateLimits): who (a member id, or a client address for sign-up)
-- did what, when. Counted over the last hour across instances; pruned after an hour.
create table rate_limit_event (
    action  varchar(16)  not null,
    actor   varchar(64)  not null,
    at      timestamptz  not null
);
create index rate_limit_event_idx on rate_limit_event (action, actor, at);
create index rate_limit_event_at_idx on rate_limit_event (at);
