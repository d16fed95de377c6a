package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When follow-up work on a case falls due and when it is overdue. The Rio Pact asks for follow-up "to ensure sustained
 * protection": a case worker who sees the child sets when to see them next, and a case nobody has seen since
 * registration is due for a first visit after a set time. Dates are days in UTC; work due on a day is overdue from
 * the next day. A closed case is never overdue.
 */
final class DueDates {

    /** The states of a case whose work is still followed, as SQL; keep in step with {@link #STILL_FOLLOWED}. */
    static final String STILL_FOLLOWED_SQL = "('OPEN', 'CLOSURE_REQUESTED', 'TRANSFER_PENDING')";

    private static final Set<CaseState> STILL_FOLLOWED =
            EnumSet.of(CaseState.OPEN, CaseState.CLOSURE_REQUESTED, CaseState.TRANSFER_PENDING);

    /** The latest follow-up first: by the day it happened, then by when it was recorded. */
    static final Comparator<FollowUp> LATEST_FIRST = Comparator.comparing(FollowUp::happenedOn)
            .thenComparing(FollowUp::recordedAt)
            .reversed();

    private DueDates() {}

    /**
     * The day the next follow-up is due: the next date the latest follow-up set, or, before any follow-up, the first
     * one's time after registration. Empty when the latest follow-up set no next date.
     */
    static Optional<LocalDate> nextFollowUpDue(LocalDate registeredOn, Period firstWithin, List<FollowUp> followUps) {
        return followUps.stream()
                .min(LATEST_FIRST)
                .map(latest -> Optional.ofNullable(latest.nextDueOn()))
                .orElseGet(() -> Optional.of(registeredOn.plus(firstWithin)));
    }

    /** Work due on a day is overdue once that day has passed, while the case is still followed. */
    static boolean isOverdue(LocalDate dueOn, LocalDate today, CaseState state) {
        return dueOn != null && today.isAfter(dueOn) && STILL_FOLLOWED.contains(state);
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A due day as the instant the overview sorts by: the day's start in UTC. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
