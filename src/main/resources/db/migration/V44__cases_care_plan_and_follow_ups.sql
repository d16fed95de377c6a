-- A case's care plan: goals, needs and planned services, each with a due date. What an item says may identify the
-- child, so it is encrypted and bound to its row, as is the reason an item was cancelled; the due date and status are
-- kept in the clear so that overdue items can be found without decrypting anything.
create table case_care_plan_item (
    id                     uuid primary key,
    case_id                uuid not null references case_file (id),
    kind                   text not null,
    description_encrypted  text not null,
    responsible            text,
    due_on                 date not null,
    status                 text not null,
    reason_encrypted       text,
    created_by             text not null,
    created_at             timestamptz not null,
    status_changed_by      text,
    status_changed_at      timestamptz
);
create index case_care_plan_item_case on case_care_plan_item (case_id, due_on);
-- The supervisor's overview looks for open items past their due date.
create index case_care_plan_item_open_due on case_care_plan_item (due_on, case_id) where status = 'OPEN';

-- Visits and contacts with the child: when, how, notes (encrypted), and when the next one is due.
create table case_follow_up (
    id               uuid primary key,
    case_id          uuid not null references case_file (id),
    kind             text not null,
    happened_on      date not null,
    notes_encrypted  text,
    next_due_on      date,
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
-- The latest follow-up of a case decides when the next one is due.
create index case_follow_up_latest on case_follow_up (case_id, happened_on desc, recorded_at desc);
