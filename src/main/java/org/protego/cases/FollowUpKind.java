package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the case worker was in touch with the child. */
enum FollowUpKind {
    HOME_VISIT,
    OFFICE_VISIT,
    PHONE,
    OTHER;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FollowUpKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}
