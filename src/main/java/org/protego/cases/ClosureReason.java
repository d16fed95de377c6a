package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a case was closed; kept in the clear, since indicators count closures by reason. */
public enum ClosureReason {
    SAFE_AND_STABLE,
    REUNIFIED_WITH_FAMILY,
    TRANSFERRED_OUT,
    REACHED_ADULTHOOD,
    MOVED_AWAY_LOST_CONTACT,
    CHILD_DECLINED_SERVICES,
    DIED,
    /** A reason the list does not name; the note then says which. */
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ClosureReason> fromCode(String code) {
        return Arrays.stream(values())
                .filter(reason -> reason.code().equals(code))
                .findFirst();
    }
}
