-- The service directory, kept as HSDS 3.0 documents. The document is the truth; the columns beside it and the
-- opening hours are rebuilt from it on every save, so that searching is plain SQL. Directory data is public and is
-- not encrypted.
create table directory_organisation (
    -- The HSDS organization id, kept as the source gave it.
    id               uuid primary key,
    organisation_id  uuid not null unique references identity_organisation (id),
    name             text not null,
    sector           text,
    document         jsonb not null,
    updated_at       timestamptz not null
);

create table directory_service (
    -- The HSDS service id, kept as the source gave it.
    id                         uuid primary key,
    directory_organisation_id  uuid not null references directory_organisation (id),
    status                     text not null
        constraint directory_service_status check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    name                       text not null,
    minimum_age                numeric,
    maximum_age                numeric,
    -- The sexes a service is restricted to; null when it is open to every sex.
    sexes                      text[],
    -- Language codes (ISO 639-1 where one exists), referral types, and lower-case area names.
    languages                  text[] not null default '{}',
    needs                      text[] not null default '{}',
    areas                      text[] not null default '{}',
    document                   jsonb not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    updated_by                 text not null
);

create index directory_service_organisation on directory_service (directory_organisation_id);
create index directory_service_needs on directory_service using gin (needs);
create index directory_service_languages on directory_service using gin (languages);
create index directory_service_areas on directory_service using gin (areas);

-- When a service is open, one row per weekday (1 = Monday) and opening period, from its weekly schedules.
create table directory_opening (
    service_id  uuid not null references directory_service (id) on delete cascade,
    day         smallint not null constraint directory_opening_day check (day between 1 and 7),
    opens       time,
    closes      time,
    valid_from  date,
    valid_to    date
);

create index directory_opening_service on directory_opening (service_id, day);
