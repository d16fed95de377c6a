package org.protego.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral in a list: where it went, where it stands and whether its step is late, without anything about the
 * child. The case's id and number are there only for the sending side.
 */
public record ReferralLine(
        UUID id,
        UUID caseId,
        String caseNumber,
        String fromOrganisation,
        String toOrganisation,
        UUID serviceId,
        String serviceName,
        String need,
        String urgency,
        String state,
        Instant sentAt,
        Instant dueAt,
        boolean overdue,
        Instant remindedAt,
        Instant escalatedAt) {}
