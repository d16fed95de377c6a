-- A company is an organisation that signed a code of conduct: its staff (role COMPANY) read its entry in the
-- registry of codes of conduct and submit its yearly self-reports.
alter table identity_organisation drop constraint identity_organisation_kind;
alter table identity_organisation
    add constraint identity_organisation_kind check (kind in ('general', 'service_provider', 'company'));
