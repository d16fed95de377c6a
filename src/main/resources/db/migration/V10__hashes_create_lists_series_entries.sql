-- Hash lists hold hashes of confirmed material and their classification, never images.
create table hashes_list (
    id          uuid primary key,
    name        text not null unique,
    created_at  timestamptz not null
);

-- Which organisations may match against and download which lists.
create table hashes_licence (
    list_id          uuid not null references hashes_list (id),
    organisation_id  uuid not null,
    primary key (list_id, organisation_id)
);

-- Images of the same victim or set, grouped for victim identification.
create table hashes_series (
    id          uuid primary key,
    name        text not null unique,
    created_by  text not null,
    created_at  timestamptz not null
);

create table hashes_entry (
    id              bigserial primary key,
    list_id         uuid not null references hashes_list (id),
    algorithm       text not null,
    value           text not null,
    classification  text not null,
    series_id       uuid references hashes_series (id),
    source          text not null,
    url_item_id     uuid,
    added_by        text not null,
    added_at        timestamptz not null,
    removed_at      timestamptz
);

create unique index hashes_entry_one_live_value on hashes_entry (list_id, algorithm, value) where removed_at is null;
-- Exact hashes are matched through a plain hash index, PDQ hashes through the in-memory multi-index.
create index hashes_entry_by_value on hashes_entry using hash (value);

-- Every change, numbered, so that a member holding version V downloads only what changed since.
create table hashes_change (
    sequence   bigserial primary key,
    entry_id   bigint not null references hashes_entry (id),
    list_id    uuid not null references hashes_list (id),
    kind       text not null,
    at         timestamptz not null
);

create index hashes_change_by_list on hashes_change (list_id, sequence);
