create table reports_report (
    id                     uuid primary key,
    reference              text not null unique,
    follow_up_code_hash    text not null,
    organisation_id        uuid not null,
    category               text not null,
    channel                text not null,
    -- What happened and how to reach the reporter may identify a child: both are encrypted by the application.
    description_encrypted  text,
    contact_encrypted      text,
    country                char(2),
    incident_date          date,
    language               text not null,
    child_in_danger        boolean not null,
    reporter_is_child      boolean not null,
    status                 text not null,
    received_at            timestamptz not null,
    status_changed_at      timestamptz not null,
    recorded_by            text
);

create index reports_report_by_organisation on reports_report (organisation_id, status);

create table reports_url (
    report_id      uuid not null references reports_report (id),
    position       integer not null,
    as_reported    text not null,
    canonical_url  text not null,
    primary key (report_id, position)
);

-- The first answer to a request with an Idempotency-Key, returned again for a repeat of that request.
create table reports_idempotent_submission (
    idempotency_key       text primary key,
    request_fingerprint   text not null,
    report_id             uuid not null references reports_report (id),
    answer_encrypted      text not null,
    created_at            timestamptz not null
);
