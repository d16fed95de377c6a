package org.protego.referrals;

import java.util.UUID;

/**
 * What other modules (children's feedback) may know about a referral, without anything that identifies the child.
 *
 * @param state the state code: {@code sent}, {@code accepted}, {@code declined}, {@code started}, {@code completed}
 *     or {@code cancelled}
 */
public record ReferralFacts(
        UUID id,
        UUID caseId,
        UUID serviceId,
        String serviceName,
        UUID fromOrganisationId,
        UUID toOrganisationId,
        String state) {}
