-- Children's feedback on the services they were referred to. A code is the only link between a child's answer and the
-- referral, and it is deleted when the answer comes in: feedback_answer has no referral, case or code column and no
-- time finer than the month, so an answer cannot be traced back to a child. Only a child who asks to be contacted
-- gets a feedback_contact_request, which names the referral and the case so that the case worker can call back.

-- A live code: only its SHA-256 is kept; one per referral (a new code replaces the old one).
create table feedback_code (
    code_hash                 text primary key,
    referral_id               uuid not null unique references referrals_referral (id),
    case_id                   uuid not null references case_file (id),
    service_id                uuid not null,
    provider_organisation_id  uuid not null references identity_organisation (id),
    sender_organisation_id    uuid not null references identity_organisation (id),
    issued_at                 timestamptz not null,
    expires_at                timestamptz not null
);

create index feedback_code_expiry on feedback_code (expires_at);

-- An answer, unlinked: which service, whose referral (the organisation only), the month and the language.
create table feedback_answer (
    id                        uuid primary key,
    service_id                uuid not null,
    provider_organisation_id  uuid not null references identity_organisation (id),
    sender_organisation_id    uuid not null references identity_organisation (id),
    month                     date not null constraint feedback_answer_month check (extract(day from month) = 1),
    language                  text not null,
    treated                   smallint constraint feedback_answer_treated check (treated between 1 and 5),
    safe                      smallint constraint feedback_answer_safe check (safe between 1 and 5),
    helped                    smallint constraint feedback_answer_helped check (helped between 1 and 5),
    recommend                 text constraint feedback_answer_recommend check (recommend in ('yes', 'no', 'not_sure')),
    comment_encrypted         text
);

create index feedback_answer_service on feedback_answer (service_id, sender_organisation_id);
create index feedback_answer_provider on feedback_answer (provider_organisation_id);

-- Written only when the child asked to be contacted: the referral and the case, so that it reaches the case worker.
create table feedback_contact_request (
    id                 uuid primary key,
    referral_id        uuid not null references referrals_referral (id),
    case_id            uuid not null references case_file (id),
    service_id         uuid not null,
    language           text not null,
    treated            smallint,
    safe               smallint,
    helped             smallint,
    recommend          text,
    comment_encrypted  text,
    requested_at       timestamptz not null,
    handled_at         timestamptz,
    handled_by         text
);

create index feedback_contact_request_case on feedback_contact_request (case_id, requested_at desc);
