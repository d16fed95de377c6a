package org.protego.referrals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a service declined a referral, as a code that indicators count; a note may say more. */
enum DeclineReason {
    NOT_ELIGIBLE,
    NO_CAPACITY,
    OUTSIDE_AREA,
    SERVICE_NOT_OFFERED,
    COULD_NOT_REACH_CHILD,
    OTHER;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DeclineReason> fromCode(String code) {
        return Arrays.stream(values())
                .filter(reason -> reason.code().equals(code))
                .findFirst();
    }
}
