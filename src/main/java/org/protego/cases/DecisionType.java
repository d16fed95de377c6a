package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The decisions about a child that need a best-interests determination before they are taken, as the UNHCR Best
 * Interests Procedure Guidelines (2021) and issue 9 name them: each changes the child's life for long.
 */
enum DecisionType {
    /** Return to the child's country of origin. */
    RETURN,
    /** Transfer across a border, or to another country's or organisation's care. */
    TRANSFER,
    /** A long-term placement: foster care, a residential home, adoption proceedings. */
    LONG_TERM_PLACEMENT;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DecisionType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
