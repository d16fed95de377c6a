package org.protego.referrals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.ConflictException;

/**
 * A child's referral to a service of another organisation: who sent it where, what was shared, where it stands and
 * when its current step is due. Each move checks the state and answers a new referral; closing one removes the reason
 * and the shared values for good, so the receiver's access ends with it.
 */
record Referral(Facts facts, Confidential confidential, ReferralState state, Steps steps, Due due, long version) {

    /** What never changes once the referral is sent. {@code sex} and {@code ageBand} never identify the child. */
    record Facts(
            UUID id,
            UUID caseId,
            String caseNumber,
            UUID fromOrganisationId,
            UUID sentBy,
            UUID toOrganisationId,
            UUID serviceId,
            String serviceName,
            String need,
            String sector,
            Urgency urgency,
            List<String> sharedFields,
            String sex,
            String ageBand) {

        Facts {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(urgency, "urgency");
            sharedFields = List.copyOf(sharedFields);
        }
    }

    /** Why the child is referred, and the shared fields' values: both exist only while the referral is open. */
    record Confidential(String reason, Map<String, Object> shared) {

        static final Confidential REMOVED = new Confidential(null, null);

        Confidential {
            // Values may be null (a field the case has no value for), which Map.copyOf refuses.
            shared = shared == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shared));
        }

        boolean removed() {
            return reason == null && shared == null;
        }
    }

    /** When each step happened, with what the step recorded. */
    record Steps(
            Instant sentAt,
            Instant acceptedAt,
            Instant declinedAt,
            DeclineReason declineReason,
            String declineNote,
            Instant startedAt,
            Instant completedAt,
            String providerFeedback,
            Instant cancelledAt,
            String cancelReason) {

        static Steps sent(Instant at) {
            return new Steps(at, null, null, null, null, null, null, null, null, null);
        }

        Steps accepted(Instant at) {
            return new Steps(sentAt, at, null, null, null, null, null, null, null, null);
        }

        Steps declined(Instant at, DeclineReason reason, String note) {
            return new Steps(sentAt, null, at, reason, note, null, null, null, null, null);
        }

        Steps started(Instant at) {
            return new Steps(sentAt, acceptedAt, null, null, null, at, null, null, null, null);
        }

        Steps completed(Instant at, String feedback) {
            return new Steps(sentAt, acceptedAt, null, null, null, startedAt, at, feedback, null, null);
        }

        Steps cancelled(Instant at, String reason) {
            return new Steps(
                    sentAt, acceptedAt, declinedAt, declineReason, declineNote, startedAt, null, null, at, reason);
        }
    }

    /** The clock of the current step: when it is due, and when its reminder and its escalation went out. */
    record Due(Instant dueAt, Instant remindedAt, Instant escalatedAt) {

        static final Due NONE = new Due(null, null, null);

        static Due at(Instant dueAt) {
            return new Due(dueAt, null, null);
        }
    }

    Referral {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(confidential, "confidential");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(due, "due");
    }

    /** A new referral, sent now; its first step, the receiver's answer, is due by the urgency's deadline. */
    static Referral send(Facts facts, String reason, Map<String, Object> shared, Instant now, Deadlines deadlines) {
        Objects.requireNonNull(reason, "reason");
        return new Referral(
                facts,
                new Confidential(reason, shared),
                ReferralState.SENT,
                Steps.sent(now),
                Due.at(now.plus(deadlines.allowedIn(facts.urgency(), ReferralState.SENT))),
                0);
    }

    UUID id() {
        return facts.id();
    }

    /** The receiver will provide the service; starting it is now due. */
    Referral accept(Instant now, Deadlines deadlines) {
        return moveTo(ReferralState.ACCEPTED, confidential, steps.accepted(now), now, deadlines);
    }

    /** The receiver will not provide the service, for a reason and maybe a note; the referral closes. */
    Referral decline(DeclineReason reason, String note, Instant now) {
        Objects.requireNonNull(reason, "reason");
        return moveTo(ReferralState.DECLINED, Confidential.REMOVED, steps.declined(now, reason, note), now, null);
    }

    /** The service started for the child; completing it is now due. */
    Referral start(Instant now, Deadlines deadlines) {
        return moveTo(ReferralState.STARTED, confidential, steps.started(now), now, deadlines);
    }

    /** The service ended, and the provider says how it went; the referral closes. */
    Referral complete(String feedback, Instant now) {
        Objects.requireNonNull(feedback, "feedback");
        return moveTo(ReferralState.COMPLETED, Confidential.REMOVED, steps.completed(now, feedback), now, null);
    }

    /** The sending side withdraws the referral, or its case closed; the referral closes. */
    Referral cancel(String reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        return moveTo(ReferralState.CANCELLED, Confidential.REMOVED, steps.cancelled(now, reason), now, null);
    }

    /** The case closed: the referral closes with it, without a reason of the sender's. */
    Referral cancelBecauseCaseClosed(Instant now) {
        return moveTo(ReferralState.CANCELLED, Confidential.REMOVED, steps.cancelled(now, null), now, null);
    }

    /** Whether the current step was due before now. */
    boolean overdue(Instant now) {
        return state.open() && due.dueAt() != null && now.isAfter(due.dueAt());
    }

    /** The referral with its reminder marked sent, if its step is overdue and no reminder went out yet. */
    Optional<Referral> remindedIfDue(Instant now) {
        if (!overdue(now) || due.remindedAt() != null) {
            return Optional.empty();
        }
        return Optional.of(withDue(new Due(due.dueAt(), now, due.escalatedAt())));
    }

    /**
     * The referral with its escalation marked sent, if its step is overdue by the urgency's escalation delay, its
     * reminder went out, and it was not escalated yet.
     */
    Optional<Referral> escalatedIfDue(Instant now, Deadlines deadlines) {
        if (!overdue(now) || due.remindedAt() == null || due.escalatedAt() != null) {
            return Optional.empty();
        }
        Instant escalateAt = due.dueAt().plus(deadlines.escalateAfter(facts.urgency()));
        if (now.isBefore(escalateAt)) {
            return Optional.empty();
        }
        return Optional.of(withDue(new Due(due.dueAt(), due.remindedAt(), now)));
    }

    private Referral withDue(Due changed) {
        return new Referral(facts, confidential, state, steps, changed, version);
    }

    private Referral moveTo(
            ReferralState next, Confidential keptConfidential, Steps nextSteps, Instant now, Deadlines deadlines) {
        if (!state.next().contains(next)) {
            throw new ConflictException(ReferralError.STATE_FORBIDS, state.code());
        }
        Due nextDue = next.open() ? Due.at(now.plus(deadlines.allowedIn(facts.urgency(), next))) : Due.NONE;
        return new Referral(facts, keptConfidential, next, nextSteps, nextDue, version);
    }
}
