-- The annual report on the Rio Plan of Action. A draft freezes a snapshot of every figure, commitment, instrument and
-- registry entry as monitoring had recorded them at the cut-off, in canonical JSON whose SHA-256 is what gets signed;
-- the narrative is written around it while the report is a draft. A second monitor's approval publishes it: the
-- snapshot's hash is signed with the audit key, and the PDF is rendered once and kept, since a PDF rendered again
-- would carry another timestamp. A year has at most one published report; publishing another supersedes it.
create table monitoring_annual_report (
    id                  uuid primary key,
    year                integer not null
        constraint monitoring_annual_report_year check (year >= 2008),
    language            text not null
        constraint monitoring_annual_report_language check (language in ('en', 'fr', 'es', 'pt', 'ru', 'ar')),
    state               text not null
        constraint monitoring_annual_report_state check (state in ('draft', 'published', 'superseded')),
    snapshot            jsonb not null,
    snapshot_sha256     text not null,
    cut_off             timestamptz not null,
    created_by          uuid not null,
    created_by_name     text not null,
    created_at          timestamptz not null,
    -- Text per part of the report (introduction, indicators, ...), kept out of the snapshot: it is signed in the PDF.
    narrative           jsonb not null default '{}',
    last_edited_by      uuid,
    last_edited_by_name text,
    last_edited_at      timestamptz,
    approved_by         uuid,
    approved_by_name    text,
    approved_at         timestamptz,
    signed_text         text,
    signature           text,
    pdf                 bytea,
    pdf_sha256          text,
    pdf_signed_text     text,
    pdf_signature       text,
    version             bigint not null,
    constraint monitoring_annual_report_published_whole check (
        state = 'draft'
        or (approved_by is not null and approved_at is not null and signature is not null and signed_text is not null
            and pdf is not null and pdf_sha256 is not null and pdf_signature is not null))
);

create unique index monitoring_annual_report_one_published on monitoring_annual_report (year)
    where state = 'published';
create index monitoring_annual_report_year on monitoring_annual_report (year desc, created_at desc);
