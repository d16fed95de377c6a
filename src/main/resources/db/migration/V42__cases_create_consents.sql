-- Consents a child or guardian gave for one purpose each. Rows are never deleted nor overwritten except to record a
-- withdrawal, so the table is the consent history. What the consent is for, who gave it and its dates stay in the
-- clear (the in-force check and the indicators need them); the named recipient organisation is encrypted, bound to
-- the row, because where a child is being helped can point to the child.
create table case_consent (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    purpose                 text not null,
    given_by                text not null,
    recipient_encrypted     text,
    given_at                timestamptz not null,
    expires_on              date,
    recorded_by             text not null,
    withdrawn_at            timestamptz,
    withdrawn_by            text
);
create index case_consent_case on case_consent (case_id, given_at);

-- A supervisor's decision to act for a purpose without the consent it needs: who, when, and the written reason
-- (encrypted, bound to the row, as it usually speaks about the child). Overrides are kept for good and flag the case.
create table case_consent_override (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    purpose                 text not null,
    recipient_encrypted     text,
    reason_encrypted        text not null,
    overridden_by           text not null,
    overridden_at           timestamptz not null
);
create index case_consent_override_case on case_consent_override (case_id, overridden_at);
