package org.protego.referrals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One referral as either side sees it: its state, clock and every step's time, and the sender's reason and the shared
 * values only while the referral is open. The case's id and number are there only for the sending side; a field that
 * was not shared is never there.
 *
 * @param side {@code sending} or {@code receiving}
 * @param reason why the child is referred; absent once the referral closed
 * @param shared the shared fields' values; absent once the referral closed
 * @param cancelReason why the sending side cancelled; null when the case's closing cancelled it
 */
public record ReferralView(
        UUID id,
        String side,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID caseId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String caseNumber,
        String fromOrganisation,
        String toOrganisation,
        UUID serviceId,
        String serviceName,
        String need,
        String urgency,
        String state,
        boolean open,
        Instant dueAt,
        boolean overdue,
        Instant remindedAt,
        Instant escalatedAt,
        Instant sentAt,
        Instant acceptedAt,
        Instant declinedAt,
        String declineReason,
        String declineNote,
        Instant startedAt,
        Instant completedAt,
        String providerFeedback,
        Instant cancelledAt,
        String cancelReason,
        List<String> sharedFields,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> shared,
        List<Step> timeline) {

    /** One move: from and to which state, when, and the reason code of a decline or a cancellation. */
    public record Step(String fromState, String toState, Instant at, String reasonCode) {}

    public static final String SENDING = "sending";
    public static final String RECEIVING = "receiving";

    public boolean sending() {
        return SENDING.equals(side);
    }

    public boolean receiving() {
        return RECEIVING.equals(side);
    }
}
