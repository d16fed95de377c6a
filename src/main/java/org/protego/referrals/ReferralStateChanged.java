package org.protego.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral moved, for monitoring: referrals made, accepted, declined by reason, completed, and time to acceptance by
 * sector. It carries no name and no case number; {@code sex} and {@code ageBand} never single a child out.
 *
 * @param fromState the state before, null for a referral just sent
 * @param toState the state code after: {@code sent}, {@code accepted}, {@code declined}, {@code started},
 *     {@code completed} or {@code cancelled}
 * @param urgency {@code immediate}, {@code high} or {@code normal}
 * @param declineReason the reason code of a decline, otherwise null
 * @param caseId the case of the child referred, so that monitoring can count children; it keeps only a keyed hash
 */
public record ReferralStateChanged(
        UUID referralId,
        String fromState,
        String toState,
        Instant at,
        UUID fromOrganisationId,
        UUID toOrganisationId,
        UUID serviceId,
        String need,
        String sector,
        String urgency,
        String declineReason,
        Instant sentAt,
        String sex,
        String ageBand,
        UUID caseId) {

    static ReferralStateChanged of(Referral before, Referral after, Instant at) {
        Referral.Facts facts = after.facts();
        return new ReferralStateChanged(
                facts.id(),
                before == null ? null : before.state().code(),
                after.state().code(),
                at,
                facts.fromOrganisationId(),
                facts.toOrganisationId(),
                facts.serviceId(),
                facts.need(),
                facts.sector(),
                facts.urgency().code(),
                after.steps().declineReason() == null
                        ? null
                        : after.steps().declineReason().code(),
                after.steps().sentAt(),
                facts.sex(),
                facts.ageBand(),
                facts.caseId());
    }
}
