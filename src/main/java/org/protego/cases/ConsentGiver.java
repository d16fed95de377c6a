package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who gave a consent. */
enum ConsentGiver {
    /** The child, when the case worker judges the child's age and maturity enough for this decision. */
    CHILD,
    /** The appointed guardian, or for a child who is neither unaccompanied nor separated, a parent or caregiver. */
    GUARDIAN;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ConsentGiver> fromCode(String code) {
        return Arrays.stream(values())
                .filter(giver -> giver.code().equals(code))
                .findFirst();
    }
}
