-- SPI 2. Feed kinds are declared by plugins ("<plugin id>.<name>"), no longer a closed list.
alter table feed_policy drop constraint if exists feed_policy_kind_check;
alter table feed_policy alter column kind type varchar(83);
alter table feed_policy_change alter column kind type varchar(83);
update feed_policy set kind = 'events.event' where kind = 'EVENT';
update feed_policy_change set kind = 'events.event' where kind = 'EVENT';

-- Capabilities a plugin defines, held by members an admin granted them to.
create table capability_grant (
    member_id   bigint      not null references member (id),
    capability  varchar(83) not null,
    granted_by  bigint      not null references member (id),
    granted_at  timestamptz not null,
    primary key (member_id, capability)
);
create index capability_grant_capability_idx on capability_grant (capability, member_id);

-- Every grant and revoke: who, when, why.
create table capability_change (
    id          bigserial    primary key,
    member_id   bigint       not null references member (id),
    capability  varchar(83)  not null,
    action      varchar(8)   not null check (action in ('GRANT','REVOKE')),
    reason      varchar(500) not null,
    changed_by  bigint       not null references member (id),
    changed_at  timestamptz  not null
);
create index capability_change_member_idx on capability_change (member_id, changed_at desc);

-- Members' applications for a capability: the admin's queue.
create table capability_application (
    id          bigserial    primary key,
    member_id   bigint       not null references member (id),
    capability  varchar(83)  not null,
    note        varchar(1000) not null,
    status      varchar(10)  not null default 'PENDING' check (status in ('PENDING','APPROVED','DECLINED','WITHDRAWN')),
    applied_at  timestamptz  not null,
    decided_by  bigint       references member (id),
    decided_at  timestamptz,
    reason      varchar(500)
);
create unique index capability_application_pending_uq on capability_application (member_id, capability) where status = 'PENDING';
create index capability_application_queue_idx on capability_application (applied_at, id) where status = 'PENDING';

-- Plugin settings saved by admins (declared by the plugin; absent rows use the initial value).
create table plugin_setting (
    plugin_id   varchar(41)  not null,
    key         varchar(61)  not null,
    value       varchar(500) not null,
    changed_by  bigint       not null references member (id),
    changed_at  timestamptz  not null,
    primary key (plugin_id, key)
);
create table plugin_setting_change (
    id          bigserial    primary key,
    plugin_id   varchar(41)  not null,
    key         varchar(61)  not null,
    old_value   varchar(500),
    new_value   varchar(500) not null,
    changed_by  bigint       not null references member (id),
    changed_at  timestamptz  not null
);
create index plugin_setting_change_plugin_idx on plugin_setting_change (plugin_id, changed_at desc);

-- A member's answer per purpose a plugin reads profile facts for; no row = the purpose kind's default.
create table fact_consent (
    member_id   bigint      not null references member (id),
    purpose     varchar(83) not null,
    allowed     boolean     not null,
    changed_at  timestamptz not null,
    primary key (member_id, purpose)
);
create index fact_consent_purpose_idx on fact_consent (purpose, allowed, member_id);
