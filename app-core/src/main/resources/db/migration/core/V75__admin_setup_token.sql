-- One-time links that make the member who opens them the first administrator (issued at boot
-- while no admin exists). Only the SHA-256 of the token is stored.
create table admin_setup_token (
    id          bigserial primary key,
    token_hash  varchar(64) not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    used_by     bigint references member (id) on delete set null
);
