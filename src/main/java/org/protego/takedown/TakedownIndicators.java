package org.protego.takedown;

import java.time.LocalDate;
import java.util.List;

/**
 * Timing of the takedown chain over a period, as full distributions rather than one headline number: report to
 * assessment, assessment to first notice, first notice to confirmed removal, overall and per hosting country and
 * provider, and the share of noticed items removed within 1, 3 and 7 days of the first notice.
 */
public record TakedownIndicators(
        LocalDate from,
        LocalDate to,
        Durations reportToAssessment,
        Durations assessmentToNotice,
        Durations noticeToRemoval,
        RemovalShares removedWithin,
        List<Group> byHostingCountry,
        List<Group> byProvider) {

    /** Percentiles in hours over {@code count} items; null percentiles where there are none. */
    public record Durations(long count, Double p50Hours, Double p90Hours, Double p99Hours) {}

    /** Of the items first noticed in the period, the shares removed within 1, 3 and 7 days of that notice. */
    public record RemovalShares(long noticed, double within1Day, double within3Days, double within7Days) {}

    /** The same figures for one hosting country or one provider. */
    public record Group(
            String key, Durations assessmentToNotice, Durations noticeToRemoval, RemovalShares removedWithin) {}
}
