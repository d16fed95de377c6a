package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much danger the child is in now, as the case worker judges it; high-risk cases are listed first. */
public enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<RiskLevel> fromCode(String code) {
        return Arrays.stream(values())
                .filter(level -> level.code().equals(code))
                .findFirst();
    }
}
