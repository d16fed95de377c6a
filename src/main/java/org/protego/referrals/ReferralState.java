package org.protego.referrals;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a referral stands. The moves are drawn in {@code docs/states/referral.md}; a test holds the drawing to
 * {@link #next()}. Overdue is not a state: it is the clock of the step the referral is in.
 */
enum ReferralState {
    /** Sent to the service's organisation, which has not answered yet. */
    SENT,
    /** The receiving organisation said it will provide the service. */
    ACCEPTED,
    /** The receiving organisation said no, with a reason code; closed. */
    DECLINED,
    /** The service started for the child. */
    STARTED,
    /** The service ended, with the provider's feedback; closed, the loop is closed. */
    COMPLETED,
    /** The sending side withdrew it, or the case closed; closed. */
    CANCELLED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ReferralState> fromCode(String code) {
        return Arrays.stream(values())
                .filter(state -> state.code().equals(code))
                .findFirst();
    }

    /** Whether the referral is still running: the receiver may see what was shared, and the clock ticks. */
    boolean open() {
        return this == SENT || this == ACCEPTED || this == STARTED;
    }

    /** The states a referral in this one may move to. */
    Set<ReferralState> next() {
        return Collections.unmodifiableSet(
                switch (this) {
                    case SENT -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
                    case ACCEPTED -> EnumSet.of(STARTED, CANCELLED);
                    case STARTED -> EnumSet.of(COMPLETED, CANCELLED);
                    case DECLINED, COMPLETED, CANCELLED -> EnumSet.noneOf(ReferralState.class);
                });
    }
}
