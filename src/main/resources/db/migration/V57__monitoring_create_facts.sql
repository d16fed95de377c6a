-- Monitoring's own record of what happened, kept so that published figures never drift: a fact is written once, from
-- an event, and never changed or deleted. It holds codes, bands, a day and, for a child, only a keyed hash of the case
-- (monitoring_fact.child_key, an HMAC with a key kept outside the database), so nothing in these tables names or
-- identifies a child, and retention has nothing to delete here.

-- An indicator's definition, one row per version, as shipped in monitoring/indicators.json. A shipped version's body
-- never changes: the application refuses to start when it differs from the stored one.
create table monitoring_definition (
    code             text not null,
    version          integer not null constraint monitoring_definition_version check (version >= 1),
    title_key        text not null,
    unit             text not null,
    measure          text not null
        constraint monitoring_definition_measure check (measure in ('count', 'percentile', 'average', 'ratio')),
    dimensions       text[] not null,
    country_concept  text,
    fact_kinds       text[] not null,
    parameters       jsonb not null,
    body             text not null,
    body_sha256      text not null,
    effective_from   date not null,
    effective_to     date,
    created_at       timestamptz not null,
    primary key (code, version)
);

-- One row per counted event. source_key is unique, so a republished event never counts twice; a kind that counts a
-- child once ("first referral of a child") is also unique per child.
create table monitoring_fact (
    id           bigserial primary key,
    kind         text not null,
    source_key   text not null constraint monitoring_fact_once unique,
    child_key    bytea,
    occurred_at  timestamptz not null,
    day          date not null,
    recorded_at  timestamptz not null,
    sex          text,
    age_band     text,
    forms        text[],
    country      text,
    category     text,
    channel      text,
    outcome      text,
    sector       text,
    need         text,
    urgency      text,
    reason       text,
    hours        double precision
);

create unique index monitoring_fact_once_per_child on monitoring_fact (kind, child_key)
    where kind in ('child_registered', 'child_guardian', 'child_referred', 'child_receiving_services');
create index monitoring_fact_by_day on monitoring_fact (kind, day);
create index monitoring_fact_child on monitoring_fact (child_key) where kind = 'child_registered';

-- Counts per kind, month and breakdown, kept in the same transaction as the facts: '_U' where a fact has no value. A
-- fact counts once under form '_T' and once under each of its forms ('_U' when it has none), because a child with two
-- forms counts under each but only once in the total. Months, not days: no figure is published for less than a month,
-- and a month's row holds what thirty daily rows would, which keeps a year's dashboard under a second at ten million
-- reports.
create table monitoring_monthly (
    kind      text not null,
    month     date not null constraint monitoring_monthly_first_day check (extract(day from month) = 1),
    form      text not null,
    sex       text not null,
    age_band  text not null,
    country   text not null,
    category  text not null,
    channel   text not null,
    outcome   text not null,
    sector    text not null,
    need      text not null,
    n         bigint not null,
    primary key (kind, month, form, sex, age_band, country, category, channel, outcome, sector, need)
);

-- Once, the facts of what happened before monitoring listened, from the tables of the modules that own them. This is
-- the only place monitoring reads another module's tables: a one-off at migration time, as V55 references other
-- modules' tables for its foreign keys; from here on facts come only from events. Children's facts need the keyed
-- hash, so a Java migration (V60) writes them. recorded_at is the migration's time.
insert into monitoring_fact (kind, source_key, occurred_at, day, recorded_at, country, category, channel)
select 'report_received',
       encode(sha256(convert_to('report_received|' || r.id, 'UTF8')), 'hex'),
       r.received_at,
       (r.received_at at time zone 'UTC')::date,
       now(),
       r.country,
       lower(r.category),
       lower(r.channel)
from reports_report r;

insert into monitoring_fact (kind, source_key, occurred_at, day, recorded_at, country, outcome)
select 'url_assessed',
       encode(sha256(convert_to('url_assessed|' || a.url_item_id, 'UTF8')), 'hex'),
       a.assessed_at,
       (a.assessed_at at time zone 'UTC')::date,
       now(),
       a.hosting_country,
       case a.outcome
           when 'CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE' then 'csam_baseline'
           when 'ILLEGAL_UNDER_NATIONAL_LAW' then 'illegal_national'
           when 'NOT_ILLEGAL' then 'not_illegal'
           when 'CONTENT_NO_LONGER_AVAILABLE' then 'content_unavailable'
           when 'OTHER_EXPLOITATION_CONCERN' then 'other_exploitation_concern'
           else lower(a.outcome)
       end
from (select distinct on (url_item_id) url_item_id, assessed_at, hosting_country, outcome
      from triage_assessment order by url_item_id, assessed_at, id) a;

insert into monitoring_fact (kind, source_key, occurred_at, day, recorded_at, country, hours)
select 'removal_confirmed',
       encode(sha256(convert_to('removal_confirmed|' || t.url_item_id, 'UTF8')), 'hex'),
       t.removed_at,
       (t.removed_at at time zone 'UTC')::date,
       now(),
       t.hosting_country,
       case when t.first_notice_at is null then null
            else greatest(0, extract(epoch from t.removed_at - t.first_notice_at) / 3600.0) end
from takedown_item t
where t.removed_at is not null;

insert into monitoring_monthly (kind, month, form, sex, age_band, country, category, channel, outcome, sector, need,
    n)
select kind, date_trunc('month', day)::date, '_T', coalesce(sex, '_U'), coalesce(age_band, '_U'), coalesce(country, '_U'),
       coalesce(category, '_U'), coalesce(channel, '_U'), coalesce(outcome, '_U'), coalesce(sector, '_U'),
       coalesce(need, '_U'), count(*)
from monitoring_fact
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
