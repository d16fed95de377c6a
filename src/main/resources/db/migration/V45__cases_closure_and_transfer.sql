-- When a case was closed and why, in the clear: indicators count closures by reason without decrypting anything.
alter table case_file add column closed_at timestamptz, add column closure_reason text;

-- Every closure request, with the supervisor's decision and a later reopening; the history is never rewritten.
-- The case worker's note, a refusal's reason and a reopening's reason are free text and encrypted, bound to the row.
create table case_closure (
    id                    uuid primary key,
    case_id               uuid not null references case_file (id),
    reason                text not null,
    note_encrypted        text,
    requested_by          uuid not null,
    requested_by_name     text not null,
    requested_at          timestamptz not null,
    -- APPROVED or REFUSED; null while a supervisor has not decided.
    decision              text,
    decided_by_name       text,
    decided_at            timestamptz,
    refusal_encrypted     text,
    reopened_by_name      text,
    reopened_at           timestamptz,
    reopening_encrypted   text
);
create unique index case_closure_one_pending on case_closure (case_id) where decision is null;
create index case_closure_by_case on case_closure (case_id, requested_at desc);
create index case_closure_approved on case_closure (decided_at) where decision = 'APPROVED';

-- A case handed over to another organisation. Until it accepts, the receiving organisation sees only this row's
-- case number, sender, time and reason, never the child. The reasons are free text and encrypted.
create table case_transfer (
    id                    uuid primary key,
    case_id               uuid not null references case_file (id),
    from_organisation_id  uuid not null,
    to_organisation_id    uuid not null,
    reason_encrypted      text not null,
    requested_by_name     text not null,
    requested_at          timestamptz not null,
    -- PENDING, ACCEPTED, DECLINED or CANCELLED.
    state                 text not null,
    decided_by_name       text,
    decided_at            timestamptz,
    decline_encrypted     text
);
create unique index case_transfer_one_pending on case_transfer (case_id) where state = 'PENDING';
create index case_transfer_incoming on case_transfer (to_organisation_id, requested_at) where state = 'PENDING';
create index case_transfer_by_case on case_transfer (case_id, requested_at desc);
