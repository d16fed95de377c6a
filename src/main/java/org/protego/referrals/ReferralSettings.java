package org.protego.referrals;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The referral settings under {@code protego.referrals}, checked at start-up: per urgency, how long the receiving
 * organisation has to accept and to start, and how long after a missed deadline the sender's supervisors hear of it.
 *
 * @param completeWithin how long a started service may run before it stands out as overdue, whatever the urgency
 * @param checkInterval how often overdue referrals are looked for, reminded and escalated
 */
@ConfigurationProperties("protego.referrals")
record ReferralSettings(
        @DefaultValue Immediate immediate,
        @DefaultValue High high,
        @DefaultValue Normal normal,
        @DefaultValue("P90D") Duration completeWithin,
        @DefaultValue("PT5M") Duration checkInterval)
        implements Deadlines {

    /** A child in danger now. */
    record Immediate(
            @DefaultValue("PT2H") Duration acceptWithin,
            @DefaultValue("PT12H") Duration startWithin,
            @DefaultValue("PT2H") Duration escalateAfter) {}

    record High(
            @DefaultValue("P1D") Duration acceptWithin,
            @DefaultValue("P3D") Duration startWithin,
            @DefaultValue("PT12H") Duration escalateAfter) {}

    record Normal(
            @DefaultValue("P3D") Duration acceptWithin,
            @DefaultValue("P14D") Duration startWithin,
            @DefaultValue("P2D") Duration escalateAfter) {}

    ReferralSettings {
        positive("immediate.accept-within", immediate.acceptWithin());
        positive("immediate.start-within", immediate.startWithin());
        positive("immediate.escalate-after", immediate.escalateAfter());
        positive("high.accept-within", high.acceptWithin());
        positive("high.start-within", high.startWithin());
        positive("high.escalate-after", high.escalateAfter());
        positive("normal.accept-within", normal.acceptWithin());
        positive("normal.start-within", normal.startWithin());
        positive("normal.escalate-after", normal.escalateAfter());
        positive("complete-within", completeWithin);
        positive("check-interval", checkInterval);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "protego.referrals." + name + " must be a positive duration, for example PT2H or P3D");
        }
    }

    @Override
    public Duration allowedIn(Urgency urgency, ReferralState state) {
        return switch (state) {
            case SENT ->
                switch (urgency) {
                    case IMMEDIATE -> immediate.acceptWithin();
                    case HIGH -> high.acceptWithin();
                    case NORMAL -> normal.acceptWithin();
                };
            case ACCEPTED ->
                switch (urgency) {
                    case IMMEDIATE -> immediate.startWithin();
                    case HIGH -> high.startWithin();
                    case NORMAL -> normal.startWithin();
                };
            case STARTED -> completeWithin;
            case DECLINED, COMPLETED, CANCELLED ->
                throw new IllegalArgumentException("A closed referral has no deadline: " + state);
        };
    }

    @Override
    public Duration escalateAfter(Urgency urgency) {
        return switch (urgency) {
            case IMMEDIATE -> immediate.escalateAfter();
            case HIGH -> high.escalateAfter();
            case NORMAL -> normal.escalateAfter();
        };
    }
}
