-- What an organisation is to the platform: a service provider keeps services in the directory and receives
-- referrals; every other organisation is general. Existing organisations are general.
alter table identity_organisation
    add column kind text not null default 'general'
        constraint identity_organisation_kind check (kind in ('general', 'service_provider'));
