package org.protego.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

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
    static final String FEEDBACK_GIVEN = "feedback_given";

    Fact {
        forms = forms == null ? null : List.copyOf(forms);
    }

    /** A fact with only its kind, source and time; the breakdowns are added with the {@code with...} methods. */
    static Fact of(String kind, String sourceKey, byte[] childKey, Instant occurredAt) {
        var draft = new Draft();
        draft.kind = kind;
        draft.sourceKey = sourceKey;
        draft.childKey = childKey;
        draft.occurredAt = occurredAt;
        return draft.fact();
    }

    Fact withChild(String sex, String ageBand, List<String> forms, String nationality) {
        return with(draft -> {
            draft.sex = sex;
            draft.ageBand = ageBand;
            draft.forms = forms;
            draft.country = nationality;
        });
    }

    Fact withReport(String category, String channel, String country) {
        return with(draft -> {
            draft.category = category;
            draft.channel = channel;
            draft.country = country;
        });
    }

    Fact withOutcome(String outcome, String country) {
        return with(draft -> {
            draft.outcome = outcome;
            draft.country = country;
        });
    }

    Fact withService(String sector, String need, String urgency) {
        return with(draft -> {
            draft.sector = sector;
            draft.need = need;
            draft.urgency = urgency;
        });
    }

    /**
     * A child's feedback: the sector of the service, and two of its answers, kept in the columns of the dimensions
     * {@code recommend} ({@code outcome}) and {@code feltSafe} ({@code need}) read.
     */
    Fact withFeedback(String sector, String recommend, String feltSafe) {
        return with(draft -> {
            draft.sector = sector;
            draft.outcome = recommend;
            draft.need = feltSafe;
        });
    }

    Fact withHours(Double hours) {
        return with(draft -> draft.hours = hours);
    }

    private Fact with(Consumer<Draft> change) {
        var draft = new Draft();
        draft.kind = kind;
        draft.sourceKey = sourceKey;
        draft.childKey = childKey;
        draft.occurredAt = occurredAt;
        draft.sex = sex;
        draft.ageBand = ageBand;
        draft.forms = forms;
        draft.country = country;
        draft.category = category;
        draft.channel = channel;
        draft.outcome = outcome;
        draft.sector = sector;
        draft.need = need;
        draft.urgency = urgency;
        draft.reason = reason;
        draft.hours = hours;
        change.accept(draft);
        return draft.fact();
    }

    /** A fact being put together, one breakdown at a time. */
    private static final class Draft {
        String kind;
        String sourceKey;
        byte[] childKey;
        Instant occurredAt;
        String sex;
        String ageBand;
        List<String> forms;
        String country;
        String category;
        String channel;
        String outcome;
        String sector;
        String need;
        String urgency;
        String reason;
        Double hours;

        Fact fact() {
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
}
