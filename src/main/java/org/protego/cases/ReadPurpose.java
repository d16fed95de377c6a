package org.protego.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why someone reads what identifies a child; the audit log keeps it with every read. */
public enum ReadPurpose {
    /** Working on the child's case: the default for a case worker. */
    CASE_WORK,
    /** Overseeing the team's cases: the default for a supervisor. */
    SUPERVISION,
    /** Checking whether a child being registered already has a case. */
    DUPLICATE_CHECK,
    /** Deciding on a best-interests determination panel. */
    DETERMINATION_PANEL,
    /** Deciding whether to approve closing the case. */
    CLOSURE_REVIEW,
    /** Referring the child to a service: finding one that fits and sharing what the referral needs. */
    REFERRAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReadPurpose> fromCode(String code) {
        return Arrays.stream(values())
                .filter(purpose -> purpose.code().equals(code))
                .findFirst();
    }
}
