create table identity_organisation (
    id          uuid primary key,
    name        text not null unique,
    created_at  timestamptz not null
);

create table identity_user (
    id                     uuid primary key,
    username               text not null unique,
    password_hash          text not null,
    totp_secret_encrypted  text not null,
    last_totp_step         bigint not null default 0,
    organisation_id        uuid not null references identity_organisation (id),
    enabled                boolean not null default true,
    failed_sign_ins        integer not null default 0,
    locked_until           timestamptz,
    created_at             timestamptz not null
);

create table identity_user_role (
    user_id  uuid not null references identity_user (id) on delete cascade,
    role     text not null,
    primary key (user_id, role)
);

-- Only the SHA-256 of a token is kept, so a copy of the database does not hand out API access.
create table identity_api_token (
    id          uuid primary key,
    user_id     uuid not null references identity_user (id),
    token_hash  text not null unique,
    label       text not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
