-- Providers and partners belong to the organisation that added them: only its analysts change them, every analyst reads
-- them. Rows stored before this belong to the hotline organisation (protego.hotline.organisation, passed in as a Flyway
-- placeholder), or to the oldest organisation when no organisation has that name.
alter table takedown_provider add column organisation_id uuid;
alter table takedown_partner add column organisation_id uuid;

update takedown_provider set organisation_id = coalesce(
    (select id from identity_organisation where name = $owner$${hotline-organisation}$owner$),
    (select id from identity_organisation order by created_at, id limit 1));
update takedown_partner set organisation_id = coalesce(
    (select id from identity_organisation where name = $owner$${hotline-organisation}$owner$),
    (select id from identity_organisation order by created_at, id limit 1));

alter table takedown_provider alter column organisation_id set not null;
alter table takedown_partner alter column organisation_id set not null;

-- Escalated notices go to the partner its organisation marked as the recipient for a country and kind, never to
-- whichever partner was added first: at most one is marked per organisation, country and kind.
alter table takedown_partner add column recipient_for_country boolean not null default false;

create unique index takedown_partner_one_recipient on takedown_partner (organisation_id, country, kind)
    where recipient_for_country;

-- Only an unambiguous choice is made for the owner: a partner alone of its organisation, country and kind. Where there
-- are several, the owner marks one; until then that rung is skipped.
update takedown_partner p set recipient_for_country = true
where not exists (
    select 1 from takedown_partner other
    where other.organisation_id = p.organisation_id and other.country = p.country and other.kind = p.kind
      and other.id <> p.id);
