-- Hash lists and series belong to an organisation: only its analysts change them, and other organisations read a list
-- only where it is licensed to them. Lists and series stored before this belong to the hotline organisation (the
-- setting protego.hotline.organisation, passed in as a Flyway placeholder), or to the oldest organisation when no
-- organisation has that name.
alter table hashes_list add column organisation_id uuid;

update hashes_list set organisation_id = coalesce(
    (select id from identity_organisation where name = $owner$${hotline-organisation}$owner$),
    (select id from identity_organisation order by created_at, id limit 1));

alter table hashes_list alter column organisation_id set not null;

create index hashes_list_by_organisation on hashes_list (organisation_id);

-- Series names identify victims' image sets: they are kept encrypted (name_encrypted, bound to the row) and found and
-- kept unique per organisation through a keyed blind index. EncryptSeriesNames (V31) encrypts the names stored in plain
-- text until now; V32 drops the plain-text column.
alter table hashes_series
    add column organisation_id uuid,
    add column name_index text,
    add column name_encrypted text,
    alter column name drop not null,
    drop constraint hashes_series_name_key;

update hashes_series set organisation_id = coalesce(
    (select id from identity_organisation where name = $owner$${hotline-organisation}$owner$),
    (select id from identity_organisation order by created_at, id limit 1));
