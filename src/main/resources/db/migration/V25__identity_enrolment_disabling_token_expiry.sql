-- Users set their own password and TOTP secret through a one-time enrolment code, so an administrator never knows
-- them. Until a user has enrolled (or after an administrator reset the enrolment) both are empty, and sign-in fails.
alter table identity_user alter column password_hash drop not null;
alter table identity_user alter column totp_secret_encrypted drop not null;

-- A disabled or reset account ends the sessions signed in before this moment, even if it is re-enabled later.
alter table identity_user add column sessions_ended_at timestamptz;

-- Only the SHA-256 of a code is kept: the code has 100 random bits and lives 72 hours, so a slow hash adds nothing.
create table identity_enrolment (
    id            uuid primary key,
    user_id       uuid not null references identity_user (id),
    code_hash     text not null unique,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    used_at       timestamptz,
    withdrawn_at  timestamptz
);

create index identity_enrolment_by_user on identity_enrolment (user_id);

-- Tokens expire. Those issued before expiry existed get the default lifetime from now, not from when they were
-- issued, so that an upgrade does not cut off every API client at once.
alter table identity_api_token add column expires_at timestamptz;
update identity_api_token set expires_at = now() + interval '90 days' where expires_at is null;
alter table identity_api_token alter column expires_at set not null;

create index identity_api_token_by_user on identity_api_token (user_id);
