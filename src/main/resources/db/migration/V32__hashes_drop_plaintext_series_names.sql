-- Every series name is encrypted by V31 (EncryptSeriesNames); the plain-text column goes.
alter table hashes_series
    drop column name,
    alter column organisation_id set not null,
    alter column name_index set not null,
    alter column name_encrypted set not null;

create unique index hashes_series_one_name_per_organisation on hashes_series (organisation_id, name_index);
