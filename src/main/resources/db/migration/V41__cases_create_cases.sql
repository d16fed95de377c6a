-- A child's case. What identifies the child is one encrypted document (child_encrypted); what indicators break
-- figures down by (sex, age band, nationality, forms of exploitation, flags) is kept in the clear.
create sequence case_number_sequence;

create table case_file (
    id                     uuid primary key,
    organisation_id        uuid not null,
    case_number            text not null unique,
    version                bigint not null,
    state                  text not null,
    origin                 text not null,
    report_reference       text,
    assigned_to            uuid not null,
    team                   text,
    registered_at          timestamptz not null,
    updated_at             timestamptz not null,
    sex                    text not null,
    age_band               text not null,
    nationality            text,
    forms_of_exploitation  text[] not null,
    unaccompanied          boolean not null,
    separated              boolean not null,
    trafficked             boolean not null,
    displaced              boolean not null,
    risk_level             text not null,
    child_encrypted        text not null,
    date_of_birth_index    text,
    -- The guardian of an unaccompanied or separated child: who (encrypted) and when appointed.
    guardian_encrypted     text,
    guardian_appointed_at  timestamptz
);

-- A team's caseload and a case worker's own cases, newest change first.
create index case_file_team_caseload on case_file (organisation_id, team, updated_at desc);
create index case_file_assignee_caseload on case_file (assigned_to, updated_at desc);
create index case_file_date_of_birth on case_file (date_of_birth_index);

-- Who changed which field of a case when; values are encrypted, bound to the row.
create table case_change (
    case_id           uuid not null references case_file (id),
    version           bigint not null,
    field             text not null,
    changed_by        text not null,
    changed_at        timestamptz not null,
    before_encrypted  text,
    after_encrypted   text,
    primary key (case_id, version, field)
);

-- Keyed digests of the child's name parts (trigrams and phonetic codes), so that a name can be found, spelt
-- differently, without the name being stored or searched in the clear. The case's owner and team are repeated so
-- that a search stays within what the caller may see.
create table case_name_key (
    case_id          uuid not null references case_file (id) on delete cascade,
    name_key         text not null,
    organisation_id  uuid not null,
    team             text,
    assigned_to      uuid not null,
    primary key (case_id, name_key)
);
create index case_name_key_team on case_name_key (organisation_id, team, name_key);
create index case_name_key_assignee on case_name_key (assigned_to, name_key);
