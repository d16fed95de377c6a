-- Hosting providers that receive notices; upstream_id points at the provider that carries them.
create table takedown_provider (
    id             uuid primary key,
    name           text not null,
    abuse_contact  text not null,
    country        char(2) not null,
    language       text not null,
    upstream_id    uuid references takedown_provider (id),
    created_at     timestamptz not null
);

-- Partner hotlines and law enforcement points, per country; the national focal point has this deployment's country.
create table takedown_partner (
    id          uuid primary key,
    kind        text not null,
    name        text not null,
    contact     text not null,
    country     char(2) not null,
    language    text not null,
    created_at  timestamptz not null
);

-- One row per illegal URL item being taken down, with the timestamps the indicators are computed from.
create table takedown_item (
    url_item_id        uuid primary key,
    organisation_id    uuid not null,
    canonical_url      text not null,
    host               text not null,
    hosting_country    char(2),
    provider_id        uuid references takedown_provider (id),
    state              text not null,
    ladder_step        integer not null default 0,
    next_step_due_at   timestamptz,
    first_reported_at  timestamptz not null,
    assessed_at        timestamptz not null,
    first_notice_at    timestamptz,
    removed_at         timestamptz
);

create index takedown_item_due on takedown_item (next_step_due_at) where state = 'NOTICE_SENT';

create table takedown_notice (
    id               uuid primary key,
    url_item_id      uuid not null references takedown_item (url_item_id),
    step             integer not null,
    recipient_kind   text not null,
    recipient_name   text not null,
    recipient_contact text not null,
    language         text not null,
    subject          text not null,
    body             text not null,
    sent_by          text not null,
    sent_at          timestamptz not null,
    acknowledged_at  timestamptz
);

create index takedown_notice_by_item on takedown_notice (url_item_id, sent_at);

create table takedown_recheck (
    id                uuid primary key,
    url_item_id       uuid not null references takedown_item (url_item_id),
    still_available   boolean not null,
    checked_by        text not null,
    checked_at        timestamptz not null
);
