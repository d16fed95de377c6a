package org.protego.monitoring;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How far a commitment is met: ECPAT's scoring vocabulary, with "met late" for one met after its deadline. */
enum CommitmentStatus {
    MET,
    MET_LATE,
    PARTIALLY_MET,
    NOT_MET,
    NO_DATA,
    NOT_YET_ASSESSED;

    /** The status as the API and the database spell it, such as {@code met_late}. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CommitmentStatus> fromCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code().equals(code))
                .findFirst();
    }

    static String allowed() {
        return Arrays.stream(values()).map(CommitmentStatus::code).collect(Collectors.joining(", "));
    }

    boolean met() {
        return this == MET || this == MET_LATE;
    }

    /**
     * The status recorded when a monitor assesses a commitment as {@code assessed}: met on a day after the deadline is
     * met late, and met on or before it is met, whichever of the two the monitor chose; the lateness is a fact of the
     * dates, not a judgement. Every other status is recorded as chosen.
     */
    static CommitmentStatus recorded(CommitmentStatus assessed, LocalDate metOn, LocalDate deadline) {
        if (!assessed.met()) {
            return assessed;
        }
        return deadline != null && metOn != null && metOn.isAfter(deadline) ? MET_LATE : MET;
    }

    /** A commitment is overdue once its deadline has passed while it is not met, on time or late. */
    static boolean overdue(LocalDate deadline, CommitmentStatus status, LocalDate today) {
        return deadline != null && today.isAfter(deadline) && !status.met();
    }
}
