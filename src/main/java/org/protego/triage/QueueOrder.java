package org.protego.triage;

import java.util.Arrays;
import java.util.Optional;

/** The orders an analyst may read the queue in; each names itself in a bookmarkable address by its code. */
public enum QueueOrder {
    /** A child in immediate danger first, then reports made by children, then the oldest. */
    PRIORITY("priority"),
    /** The report waiting longest first. */
    OLDEST_FIRST("oldest"),
    /** The report received last first. */
    NEWEST_FIRST("newest");

    private final String code;

    QueueOrder(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<QueueOrder> fromCode(String code) {
        return Arrays.stream(values()).filter(order -> order.code.equals(code)).findFirst();
    }
}
