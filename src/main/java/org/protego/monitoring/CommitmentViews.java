package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the commitments API and pages show. */
final class CommitmentViews {

    private CommitmentViews() {}

    /**
     * One commitment in the list, overdue ones first.
     *
     * @param paragraph the indent or paragraph number in its section
     * @param deadline the last day to meet it; for the yearly report, the day the awaited report is due
     * @param owner the name of the organisation that answers for it, or null
     */
    record CommitmentLine(
            String code,
            String document,
            String section,
            String paragraph,
            String quote,
            String summary,
            LocalDate deadline,
            boolean overdue,
            String status,
            String owner,
            String recurrence,
            long version) {}

    /** A commitment with its source, assessment, evidence and history, newest change first. */
    record CommitmentView(
            String code,
            String document,
            int documentYear,
            String section,
            String paragraph,
            String quote,
            String summary,
            String theme,
            String seedFile,
            LocalDate deadline,
            String recurrence,
            boolean overdue,
            String status,
            LocalDate metOn,
            String note,
            String assessedBy,
            Instant assessedAt,
            String owner,
            UUID ownerId,
            Instant remindedAt,
            List<String> suggestedIndicators,
            List<String> instruments,
            List<Evidence> evidence,
            List<HistoryEntry> history,
            long version) {}

    /**
     * Something that shows how far the commitment is met.
     *
     * @param kind {@code document}, {@code link} or {@code indicator}
     * @param indicator for an indicator, its code; its live series is the evidence
     */
    record Evidence(
            UUID id, String kind, String title, String url, String indicator, String addedBy, Instant addedAt) {}

    /**
     * One change to a commitment.
     *
     * @param change {@code assessed}, {@code owner} or {@code evidence}
     */
    record HistoryEntry(
            Instant at,
            String by,
            String change,
            String status,
            LocalDate metOn,
            String note,
            String owner,
            String evidence) {}

    /** An assessment by a monitor; {@code version}, when given, must be the commitment's current one. */
    record Assessment(String status, String metOn, String note, Long version) {}

    /** The organisation that answers for a commitment, by name; none when blank. */
    record OwnerChange(String organisation, Long version) {}

    /** Evidence to add: a document (title and link), a link, or an indicator code. */
    record NewEvidence(String kind, String title, String url, String indicator) {}
}
