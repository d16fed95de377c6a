-- The State's commitments, the international instruments and the registry of codes of conduct. Rows are shipped in
-- src/main/resources/monitoring/ and inserted at start-up when absent; what monitors change is never overwritten.

create table monitoring_commitment (
    code                   text primary key,
    document               text not null,
    document_year          integer not null,
    section                text not null,
    paragraph              text not null,
    quote                  text not null,
    summary                text not null,
    theme                  text not null,
    seed_file              text not null,
    -- The last day to meet it; none for an undated or a yearly commitment.
    deadline               date,
    recurrence             text not null
        constraint monitoring_commitment_recurrence check (recurrence in ('none', 'yearly')),
    evidence_indicators    text[] not null,
    instrument_codes       text[] not null,
    position               integer not null,
    owner_organisation_id  uuid references identity_organisation (id),
    status                 text not null default 'not_yet_assessed'
        constraint monitoring_commitment_status check (status in
            ('met', 'met_late', 'partially_met', 'not_met', 'no_data', 'not_yet_assessed')),
    met_on                 date,
    status_note            text,
    assessed_by            text,
    assessed_at            timestamptz,
    -- Set by the clock while the commitment is overdue and its owner was reminded; cleared when it no longer is.
    reminded_at            timestamptz,
    version                bigint not null default 0
);

create index monitoring_commitment_owner on monitoring_commitment (owner_organisation_id);

create table monitoring_commitment_evidence (
    id               uuid primary key,
    commitment_code  text not null references monitoring_commitment (code),
    kind             text not null
        constraint monitoring_commitment_evidence_kind check (kind in ('document', 'link', 'indicator')),
    title            text,
    url              text,
    indicator_code   text,
    added_by         text not null,
    added_at         timestamptz not null
);

create index monitoring_commitment_evidence_code on monitoring_commitment_evidence (commitment_code, added_at);

-- Every change to a commitment: its assessment, its owner, its evidence.
create table monitoring_commitment_history (
    id               bigserial primary key,
    commitment_code  text not null references monitoring_commitment (code),
    at               timestamptz not null,
    by_user          text not null,
    change           text not null
        constraint monitoring_commitment_history_change check (change in ('assessed', 'owner', 'evidence')),
    status           text,
    met_on           date,
    note             text,
    owner_name       text,
    evidence_title   text
);

create index monitoring_commitment_history_code on monitoring_commitment_history (commitment_code, at);

-- An instrument's international facts are shipped; the State's facts are entered by monitors.
create table monitoring_instrument (
    code                   text primary key,
    title                  text not null,
    short_title            text not null,
    body                   text not null,
    treaty_reference       text,
    adopted_on             date,
    in_force_on            date,
    region                 text,
    named_in               text not null,
    source_url             text,
    position               integer not null,
    signed_on              date,
    consent_on             date,
    consent_type           text
        constraint monitoring_instrument_consent_type check (consent_type in
            ('ratification', 'accession', 'acceptance', 'approval', 'succession')),
    reservations           text,
    declarations           text,
    in_force_for_state_on  date,
    as_of                  date,
    source                 text,
    updated_by             text,
    updated_at             timestamptz,
    version                bigint not null default 0
);

create table monitoring_instrument_history (
    id               bigserial primary key,
    instrument_code  text not null references monitoring_instrument (code),
    at               timestamptz not null,
    by_user          text not null,
    facts            jsonb not null
);

create index monitoring_instrument_history_code on monitoring_instrument_history (instrument_code, at);

create table monitoring_code_of_conduct (
    code         text primary key,
    title        text not null,
    sector       text not null,
    source       text not null,
    quote        text not null,
    seed_file    text not null,
    -- [{"code": ..., "text_en": ...}]: what a company that signs the code commits to.
    commitments  jsonb not null,
    position     integer not null
);

-- A company (an organisation of kind company) that signed a code.
create table monitoring_code_signature (
    organisation_id  uuid not null references identity_organisation (id),
    code             text not null references monitoring_code_of_conduct (code),
    signed_on        date not null,
    withdrawn_on     date,
    recorded_by      text not null,
    recorded_at      timestamptz not null,
    primary key (organisation_id, code)
);

create table monitoring_self_report (
    id               uuid primary key,
    organisation_id  uuid not null references identity_organisation (id),
    code             text not null references monitoring_code_of_conduct (code),
    year             integer not null,
    -- [{"commitment": ..., "answer": "met|partially_met|not_met", "text": ...}]
    answers          jsonb not null,
    submitted_by     text not null,
    submitted_at     timestamptz not null,
    on_behalf        boolean not null,
    assessment       text
        constraint monitoring_self_report_assessment check (assessment in
            ('met', 'partially_met', 'not_met', 'no_data', 'not_yet_assessed')),
    assessment_note  text,
    assessed_by      text,
    assessed_at      timestamptz,
    version          bigint not null default 0,
    constraint monitoring_self_report_one_a_year unique (organisation_id, code, year)
);
