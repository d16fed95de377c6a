-- Every reported URL of one organisation, keyed by its canonical form: the same page reported many times,
-- in different spellings, is one item with all its reports attached.
create table triage_url_item (
    id                 uuid primary key,
    organisation_id    uuid not null,
    canonical_url      text not null,
    host               text not null,
    state              text not null,
    report_count       integer not null,
    first_reported_at  timestamptz not null,
    last_reported_at   timestamptz not null,
    unique (organisation_id, canonical_url)
);

create table triage_report (
    report_id          uuid primary key,
    reference          text not null,
    organisation_id    uuid not null,
    category           text not null,
    channel            text not null,
    child_in_danger    boolean not null,
    reporter_is_child  boolean not null,
    received_at        timestamptz not null,
    closed_at          timestamptz
);

create index triage_report_queue on triage_report (organisation_id, child_in_danger desc, reporter_is_child desc,
    received_at) where closed_at is null;

create table triage_report_url (
    report_id    uuid not null references triage_report (report_id),
    position     integer not null,
    url_item_id  uuid not null references triage_url_item (id),
    as_reported  text not null,
    primary key (report_id, position)
);

create index triage_report_url_by_item on triage_report_url (url_item_id);

create table triage_assessment (
    id               uuid primary key,
    url_item_id      uuid not null references triage_url_item (id),
    outcome          text not null,
    age_band         text not null,
    apparent_sex     text not null,
    site_type        text not null,
    hosting_country  char(2),
    hosting_address  text,
    note             text,
    assessed_by      text not null,
    assessed_at      timestamptz not null
);

create index triage_assessment_by_item on triage_assessment (url_item_id, assessed_at desc);

-- IP-range-to-country table imported by an administrator, for hosting-country look-ups.
create table triage_ip_range (
    first_address  inet not null,
    last_address   inet not null,
    country        char(2) not null
);

create index triage_ip_range_by_first on triage_ip_range (first_address);
