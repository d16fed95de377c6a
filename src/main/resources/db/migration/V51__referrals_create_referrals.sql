-- Referrals of a child from a case to a service of another organisation. What identifies the child (the reason and
-- the shared fields) is encrypted, bound to the row, and removed when the referral closes; sex and age band stay in
-- the clear for indicators. The service's name and the need are copied so that the referral reads the same after the
-- directory changes.
create table referrals_referral (
    id                            uuid primary key,
    case_id                       uuid not null references case_file (id),
    case_number                   text not null,
    from_organisation_id          uuid not null references identity_organisation (id),
    sent_by                       uuid not null,
    to_organisation_id            uuid not null references identity_organisation (id),
    service_id                    uuid not null references directory_service (id),
    service_name                  text not null,
    need                          text not null,
    sector                        text,
    urgency                       text not null
        constraint referrals_referral_urgency check (urgency in ('immediate', 'high', 'normal')),
    reason_encrypted              text,
    shared_fields                 text[] not null,
    shared_encrypted              text,
    state                         text not null
        constraint referrals_referral_state
            check (state in ('sent', 'accepted', 'declined', 'started', 'completed', 'cancelled')),
    sent_at                       timestamptz not null,
    accepted_at                   timestamptz,
    declined_at                   timestamptz,
    decline_reason                text,
    decline_note_encrypted        text,
    started_at                    timestamptz,
    completed_at                  timestamptz,
    provider_feedback_encrypted   text,
    cancelled_at                  timestamptz,
    cancel_reason_encrypted       text,
    -- The clock: when the current step is due, and when its reminder and escalation went out.
    due_at                        timestamptz,
    reminded_at                   timestamptz,
    escalated_at                  timestamptz,
    sex                           text not null,
    age_band                      text not null,
    version                       bigint not null
);

create index referrals_referral_incoming on referrals_referral (to_organisation_id, state);
create index referrals_referral_case on referrals_referral (case_id);
create index referrals_referral_outgoing on referrals_referral (from_organisation_id, sent_at desc);
create index referrals_referral_due on referrals_referral (due_at) where state in ('sent', 'accepted', 'started');

-- The referral's timeline: every move, by whom, with the decline or cancel reason code.
create table referrals_transition (
    referral_id  uuid not null references referrals_referral (id),
    from_state   text,
    to_state     text not null,
    at           timestamptz not null,
    by_user      uuid,
    reason_code  text
);

create index referrals_transition_referral on referrals_transition (referral_id, at);
