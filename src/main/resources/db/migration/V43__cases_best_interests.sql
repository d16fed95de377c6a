-- Best-interests assessments: each revision is a row of its own, so that what a decision relied on stays readable.
-- The sections identify the child and are one encrypted document, bound to the row.
create table case_assessment (
    id                  uuid primary key,
    case_id             uuid not null references case_file (id),
    revision            integer not null,
    assessed_on         date not null,
    author_id           uuid not null,
    author              text not null,
    recorded_at         timestamptz not null,
    sections_encrypted  text not null,
    unique (case_id, revision)
);

-- Best-interests determinations, decided by a panel of supervisors. The question, the views' reasoning and the
-- decided outcome identify the child and are encrypted; who, when and what was decided stay in the clear.
create table case_determination (
    id                   uuid primary key,
    case_id              uuid not null references case_file (id),
    decision_type        text not null,
    question_encrypted   text not null,
    assessment_id        uuid not null references case_assessment (id),
    requested_by_id      uuid not null,
    requested_by         text not null,
    requested_at         timestamptz not null,
    state                text not null,
    decision             text,
    outcome_encrypted    text,
    decided_by           text,
    decided_at           timestamptz
);
create index case_determination_case on case_determination (case_id, requested_at);
-- The supervisors' overview and the panel's access look only at pending determinations.
create index case_determination_pending on case_determination (requested_at) where state <> 'DECIDED';

-- One view per supervisor and determination: the primary key is the rule that no one votes twice.
create table case_determination_view (
    determination_id     uuid not null references case_determination (id),
    panelist_id          uuid not null,
    panelist             text not null,
    position             text not null,
    reasoning_encrypted  text not null,
    recorded_at          timestamptz not null,
    primary key (determination_id, panelist_id)
);
