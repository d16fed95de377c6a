-- One row per listing of an expression; membership of version v is
-- added_in_version <= v and (removed_in_version is null or removed_in_version > v),
-- so any version's list and any delta are read without rebuilding anything.
create table blocklist_entry (
    id                    bigserial primary key,
    kind                  text not null,
    url_item_id           uuid,
    expression            text not null,
    domain                text,
    digest                text not null,
    state                 text not null,
    requested_by          text not null,
    requested_at          timestamptz not null,
    held_in_version       bigint,
    added_in_version      bigint,
    removal_requested_at  timestamptz,
    removed_in_version    bigint
);

create unique index blocklist_entry_one_live_listing on blocklist_entry (expression)
    where state in ('PENDING_ADDITION', 'LISTED', 'PENDING_REMOVAL');
create index blocklist_entry_by_item on blocklist_entry (url_item_id);
-- No index on the version columns or the state: a publication updates every changed row, and each index would be
-- written again for each of them; reading a version or a delta scans the table once, which is fast at a million.

create table blocklist_version (
    version                bigint primary key,
    state                  text not null,
    created_by             text not null,
    created_at             timestamptz not null,
    entries                integer not null,
    added                  integer not null,
    removed                integer not null,
    held_reasons           text,
    decided_by             text,
    decided_at             timestamptz,
    hashed_urls_sha256     text,
    hashed_urls_signature  text,
    rpz_sha256             text,
    rpz_signature          text
);

create table blocklist_appeal (
    id           uuid primary key,
    entry_id     bigint not null references blocklist_entry (id),
    appellant    text not null,
    grounds      text not null,
    state        text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    decided_by   text,
    decided_at   timestamptz,
    decision     text
);
