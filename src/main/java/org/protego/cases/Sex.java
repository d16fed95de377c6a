package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The child's sex as recorded, with a choice for when it is not known. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Sex> fromCode(String code) {
        return Arrays.stream(values()).filter(sex -> sex.code().equals(code)).findFirst();
    }
}
