package org.protego.triage;

import java.util.Arrays;
import java.util.Optional;

/** What an analyst found at a URL. */
public enum AssessmentOutcome {
    /** Child sexual abuse material meeting INTERPOL's baseline criteria: illegal in every country. */
    CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE("csam_baseline", true),
    /** Illegal under this country's law only. */
    ILLEGAL_UNDER_NATIONAL_LAW("illegal_national", true),
    /** Nothing illegal was found. */
    NOT_ILLEGAL("not_illegal", false),
    /** The content was gone by the time it was assessed. */
    CONTENT_NO_LONGER_AVAILABLE("content_unavailable", false),
    /** Not abuse material, but a sign of another form of exploitation (grooming, trafficking, travel). */
    OTHER_EXPLOITATION_CONCERN("other_exploitation_concern", false);

    private final String code;
    private final boolean illegal;

    AssessmentOutcome(String code, boolean illegal) {
        this.code = code;
        this.illegal = illegal;
    }

    public String code() {
        return code;
    }

    /** Whether action (notice, forwarding, blocking) follows from this outcome. */
    public boolean isIllegal() {
        return illegal;
    }

    public static Optional<AssessmentOutcome> fromCode(String code) {
        return Arrays.stream(values())
                .filter(outcome -> outcome.code.equals(code))
                .findFirst();
    }
}
