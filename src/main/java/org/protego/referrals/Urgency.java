package org.protego.referrals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon the child needs the service; each urgency has its own deadlines ({@code protego.referrals.*}). */
enum Urgency {
    /** The child is in danger now: hours count. */
    IMMEDIATE,
    HIGH,
    NORMAL;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Urgency> fromCode(String code) {
        return Arrays.stream(values())
                .filter(urgency -> urgency.code().equals(code))
                .findFirst();
    }
}
