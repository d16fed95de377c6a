package org.protego.shared;

import java.util.Objects;

/**
 * Thrown when a reported URL cannot be turned into a {@link CanonicalUrl}. The {@link Reason} says what is wrong so the
 * person reporting can be told what to correct.
 */
public class InvalidUrlException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        BLANK,
        TOO_LONG,
        CONTROL_CHARACTERS,
        UNSUPPORTED_SCHEME,
        MISSING_HOST,
        MALFORMED
    }

    private final Reason reason;

    public InvalidUrlException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
