package org.protego.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One counted event as monitoring keeps it: codes, bands and a time, and for a child only the keyed hash of its case.
 * A fact is as recorded at the event; a later correction of the case does not change it.
 *
 * @param kind what happened, such as {@code report_received} or {@code child_referred}
 * @param sourceKey the key of the event it came from; a second fact with the same key is ignored
 * @param childKey the keyed hash of the child's case, or null for a fact about no child
 * @param occurredAt when it happened; its day in UTC is the day it is counted on
 * @param forms the forms of exploitation of the child, or null when the fact has none
 * @param hours a duration measured, such as hours from the first notice to removal, or null
 */
record Fact(
        String kind,
        String sourceKey,
        byte[] childKey,
        Instant occurredAt,
        String sex,
        String ageBand,
        List<String> forms,
        String country,
        String category,
        String channel,
        String outcome,
        String sector,
        String need,
        String urgency,
        String reason,
        Double hours) {

    static final String REPORT_RECEIVED = "report_received";
    static final String URL_ASSESSED = "url_assessed";
    static final String REMOVAL_CONFIRMED = "removal_confirmed";
    static final String CHILD_REGISTERED = "child_registered";
    static final String CHILD_GUARDIAN = "child_guardian";
    static final String CHILD_REFERRED = "child_referred";
    static final String CHILD_RECEIVING_SERVICES = "child_receiving_services";
    static final String REFERRAL_ACCEPTED = "referral_accepted";
    static final String REFERRAL_COMPLETED = "referral_completed";

    Fact {
        forms = forms == null ? null : List.copyOf(forms);
    }

    /** A fact with only its kind, source and time; the breakdowns are added with the {@code with...} methods. */
    static Fact of(String kind, String sourceKey, byte[] childKey, Instant occurredAt) {
        return new Fact(
                kind,
                sourceKey,
                childKey,
                occurredAt,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    Fact withChild(String sex, String ageBand, List<String> forms, String nationality) {
        return new Fact(
                kind,
                sourceKey,
                childKey,
                occurredAt,
                sex,
                ageBand,
                forms,
                nationality,
                category,
                channel,
                outcome,
                sector,
                need,
                urgency,
                reason,
                hours);
    }

    Fact withReport(String category, String channel, String country) {
        return new Fact(
                kind,
                sourceKey,
                childKey,
                occurredAt,
                sex,
                ageBand,
                forms,
                country,
                category,
                channel,
                outcome,
                sector,
                need,
                urgency,
                reason,
                hours);
    }

    Fact withOutcome(String outcome, String country) {
        return new Fact(
                kind,
                sourceKey,
                childKey,
                occurredAt,
                sex,
                ageBand,
                forms,
                country,
                category,
                channel,
                outcome,
                sector,
                need,
                urgency,
                reason,
                hours);
    }

    Fact withService(String sector, String need, String urgency) {
        return new Fact(
                kind,
                sourceKey,
                childKey,
                occurredAt,
                sex,
                ageBand,
                forms,
                country,
                category,
                channel,
                outcome,
                sector,
                need,
                urgency,
                reason,
                hours);
    }

    Fact withHours(Double hours) {
        return new Fact(
                kind,
                sourceKey,
                childKey,
                occurredAt,
                sex,
                ageBand,
                forms,
                country,
                category,
                channel,
                outcome,
                sector,
                need,
                urgency,
                reason,
                hours);
    }
}
