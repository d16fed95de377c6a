package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a care-plan item is about. */
enum CarePlanItemKind {
    /** Something the child and the case worker work towards, such as school enrolment. */
    GOAL,
    /** Something the child needs, such as medical care or a safe place to live. */
    NEED,
    /** A service arranged for the child, by whom and by when. */
    PLANNED_SERVICE;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CarePlanItemKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
