package org.protego.monitoring;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The yearly reporting commitment (Rio Pact, D, 1st indent): the report for a year is due {@code annualReportDue}
 * after the year ends, and the commitment is overdue while the report of the latest year already due is not published.
 */
final class YearlyReporting {

    private YearlyReporting() {}

    /** The last day on which the report for the year may be published in time. */
    static LocalDate dueOn(int year, Period annualReportDue) {
        return LocalDate.of(year + 1, 1, 1).plus(annualReportDue).minusDays(1);
    }

    /** The latest year whose report was due by today, if any. */
    static int latestYearDue(LocalDate today, Period annualReportDue) {
        int year = today.getYear();
        while (!today.isAfter(dueOn(year, annualReportDue))) {
            year--;
        }
        return year;
    }

    /**
     * What the yearly commitment stands at today: the deadline of the report it waits for, and whether it is overdue,
     * which is while the report of the latest year already due is not published.
     */
    static State at(LocalDate today, Period annualReportDue, PublishedAnnualReports published) {
        int year = latestYearDue(today, annualReportDue);
        if (published.publishedAt(year).isEmpty()) {
            return new State(year, dueOn(year, annualReportDue), true);
        }
        return new State(year + 1, dueOn(year + 1, annualReportDue), false);
    }

    /** The year whose report is awaited, the day it is due, and whether that day has passed. */
    record State(int year, LocalDate deadline, boolean overdue) {}

    static LocalDate today(java.time.Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
