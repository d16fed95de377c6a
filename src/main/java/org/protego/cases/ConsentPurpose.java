package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a consent allows; an action that serves one of these purposes is refused without a consent in force. */
public enum ConsentPurpose {
    /** Providing services to the child. */
    SERVICES,
    /** Sharing information about the child with one named organisation. */
    INFORMATION_SHARING,
    /** Sending the child's case, or the child, across a border. */
    CROSS_BORDER_TRANSFER,
    /** Counting the child in anonymised statistics. */
    STATISTICS;

    /** The purpose as the API spells it, for example {@code information_sharing}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The purpose an API code names, if any. */
    public static Optional<ConsentPurpose> fromCode(String code) {
        return Arrays.stream(values())
                .filter(purpose -> purpose.code().equals(code))
                .findFirst();
    }

    /** Sharing is consented to organisation by organisation, so its consent always names the recipient. */
    boolean needsRecipient() {
        return this == INFORMATION_SHARING;
    }
}
