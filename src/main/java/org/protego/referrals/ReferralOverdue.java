package org.protego.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral's current step is overdue: a reminder went out, or (level {@code escalation}) the sender's supervisors
 * were told. It carries no name and no case number.
 *
 * @param state the state whose step is late: {@code sent} (not answered), {@code accepted} (not started) or
 *     {@code started} (not completed)
 * @param level {@code reminder} or {@code escalation}
 */
public record ReferralOverdue(
        UUID referralId,
        String state,
        String level,
        Instant dueAt,
        Instant at,
        UUID fromOrganisationId,
        UUID toOrganisationId,
        UUID serviceId,
        String urgency) {

    static final String REMINDER = "reminder";
    static final String ESCALATION = "escalation";

    static ReferralOverdue of(Referral referral, String level, Instant at) {
        Referral.Facts facts = referral.facts();
        return new ReferralOverdue(
                facts.id(),
                referral.state().code(),
                level,
                referral.due().dueAt(),
                at,
                facts.fromOrganisationId(),
                facts.toOrganisationId(),
                facts.serviceId(),
                facts.urgency().code());
    }
}
