package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a care-plan item stands; only an open item can be overdue. */
enum CarePlanItemStatus {
    /** Still to be done by its due date. */
    OPEN,
    DONE,
    /** No longer wanted or possible; the reason is recorded. */
    CANCELLED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CarePlanItemStatus> fromCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(code))
                .findFirst();
    }
}
