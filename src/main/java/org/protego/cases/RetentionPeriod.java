package org.protego.cases;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How many whole years a kind of record is kept after a case closes. A closed case is due once that many calendar
 * years have passed since its closure, unless it is on legal hold: a hold stops the clock for as long as it lasts.
 */
record RetentionPeriod(int years) {

    static final int SHORTEST = 1;
    static final int LONGEST = 100;

    RetentionPeriod {
        if (years < SHORTEST || years > LONGEST) {
            throw new IllegalArgumentException("A retention period is 1 to 100 years, not " + years);
        }
    }

    static boolean allowed(Integer years) {
        return years != null && years >= SHORTEST && years <= LONGEST;
    }

    /** Cases closed at or before this instant are due now. */
    Instant closedAtOrBefore(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    /** Whether a case in this state, closed then and held or not, is due now. */
    boolean due(CaseState state, Instant closedAt, boolean onLegalHold, Instant now) {
        return state == CaseState.CLOSED
                && closedAt != null
                && !onLegalHold
                && !closedAt.isAfter(closedAtOrBefore(now));
    }
}
