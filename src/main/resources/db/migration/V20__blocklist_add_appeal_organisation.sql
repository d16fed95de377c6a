-- An appeal belongs to the organisation that owns the list it is against. Appeals recorded before this column
-- existed are the hotline organisation's: Protego fills them in at start-up, since the hotline organisation's name
-- is a setting that SQL cannot read.
alter table blocklist_appeal add column organisation_id uuid;
