package org.protego.hashes;

import java.util.Arrays;
import java.util.Optional;

/** How the material behind a hash was classified by an analyst. */
public enum HashClassification {
    /** Child sexual abuse material meeting INTERPOL's baseline: illegal everywhere. */
    CSAM_BASELINE("csam_baseline"),
    /** Illegal under the listing country's law only. */
    ILLEGAL_NATIONAL("illegal_national");

    private final String code;

    HashClassification(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<HashClassification> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
