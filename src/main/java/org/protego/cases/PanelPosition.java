package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where one panel member stands on the decision a determination is asked about. */
enum PanelPosition {
    SUPPORT,
    OPPOSE,
    /** Recorded, with reasoning, but counted neither way; it still counts towards the views a panel needs. */
    ABSTAIN;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<PanelPosition> fromCode(String code) {
        return Arrays.stream(values())
                .filter(position -> position.code().equals(code))
                .findFirst();
    }
}
