-- The newest assessment of each URL item that the block list acted on, and why it made no entry when it refused
-- one. An item whose current assessment is newer than this is still on its way ("the entry is being prepared").
create table blocklist_item_decision (
    url_item_id   uuid primary key,
    assessed_at   timestamptz not null,
    refusal       text,
    refused_host  text,
    decided_at    timestamptz not null
);

-- Assessments made before decisions were kept were acted on then; only a newer one can still be on its way.
create table blocklist_item_decisions_kept_since (
    since  timestamptz not null
);
insert into blocklist_item_decisions_kept_since (since) values (now());
