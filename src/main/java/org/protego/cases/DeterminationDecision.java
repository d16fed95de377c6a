package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a panel decided about the decision it was asked about. */
enum DeterminationDecision {
    /** The decision is in the child's best interests and may be taken. */
    APPROVED,
    /** The decision is not in the child's best interests; it is not taken on this determination. */
    NOT_APPROVED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DeterminationDecision> fromCode(String code) {
        return Arrays.stream(values())
                .filter(decision -> decision.code().equals(code))
                .findFirst();
    }
}
