package org.protego.monitoring;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.protego.audit.SignedDocument;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.Languages;
import org.protego.shared.TypedText;

/**
 * An annual report as stored, without its snapshot and PDF, and the rules of its life: a draft is edited, refreshed
 * and approved by a second monitor, which publishes it; publishing another report of the same year supersedes it.
 *
 * @param createdBy who drafted it
 * @param lastEditedBy who last wrote its narrative, or null while nobody has
 * @param narrative text per part of the report, in {@link #NARRATIVE_PARTS} order, only the parts written
 */
record AnnualReport(
        UUID id,
        int year,
        String language,
        State state,
        String snapshotSha256,
        Instant cutOff,
        Person createdBy,
        Instant createdAt,
        Map<String, String> narrative,
        Person lastEditedBy,
        Instant lastEditedAt,
        Person approvedBy,
        Instant approvedAt,
        String signedText,
        String signature,
        String pdfSha256,
        String pdfSignedText,
        String pdfSignature,
        long version) {

    /** The first year reported on: the Rio de Janeiro Pact and Declaration were adopted in November 2008. */
    static final int FIRST_YEAR = 2008;

    /** The parts of the report a narrative can be written for, in the order the report shows them. */
    static final List<String> NARRATIVE_PARTS =
            List.of("introduction", "indicators", "commitments", "instruments", "registry", "conclusion");

    static final int MAX_NARRATIVE = 20_000;

    AnnualReport {
        narrative = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(narrative));
    }

    enum State {
        DRAFT,
        PUBLISHED,
        SUPERSEDED;

        /** The state as stored and as the API names it; public for the templates. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** A new draft: its snapshot frozen at {@code cutOff} by {@code createdBy}, with no narrative yet. */
    static AnnualReport newDraft(
            UUID id, int year, String language, String snapshotSha256, Instant cutOff, Person createdBy) {
        return new AnnualReport(
                id,
                year,
                language,
                State.DRAFT,
                snapshotSha256,
                cutOff,
                createdBy,
                cutOff,
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /**
     * This draft published by {@code approver} at {@code at}, with the signature of its snapshot and, once its PDF is
     * rendered, the PDF's digest and signature (null before).
     */
    AnnualReport approvedBy(
            Person approver,
            Instant at,
            SignedDocument snapshotSignature,
            String pdfSha256,
            SignedDocument pdfSignature) {
        return new AnnualReport(
                id,
                year,
                language,
                State.PUBLISHED,
                snapshotSha256,
                cutOff,
                createdBy,
                createdAt,
                narrative,
                lastEditedBy,
                lastEditedAt,
                approver,
                at,
                snapshotSignature.signedText(),
                snapshotSignature.signatureBase64(),
                pdfSha256,
                pdfSignature == null ? null : pdfSignature.signedText(),
                pdfSignature == null ? null : pdfSignature.signatureBase64(),
                version);
    }

    /** A staff member as the report names them: their user id and, for the record, their username then. */
    record Person(UUID id, String name) {}

    /** Whether the report is still a draft; public for the templates. */
    public boolean draft() {
        return state == State.DRAFT;
    }

    /** Refuses anything but a draft: a published or superseded report never changes. */
    void requireDraft() {
        if (!draft()) {
            throw new ConflictException(MonitoringError.ANNUAL_REPORT_STATE_FORBIDS, state.code());
        }
    }

    /** Whether this person may approve the draft: someone other than who drafted it and who last wrote in it. */
    boolean approvableBy(UUID approver) {
        return draft()
                && !approver.equals(createdBy.id())
                && (lastEditedBy == null || !approver.equals(lastEditedBy.id()));
    }

    /** Refuses an approval by anyone but a second person, and of anything but a draft. */
    void requireApprovableBy(UUID approver) {
        requireDraft();
        if (!approvableBy(approver)) {
            throw new ConflictException(MonitoringError.ANNUAL_REPORT_OWN_DRAFT);
        }
    }

    /** The year asked for, if it is reported on and already begun (in UTC); refused otherwise. */
    static int validYear(Integer year, Instant now) {
        int latest = Year.from(now.atOffset(ZoneOffset.UTC)).getValue();
        if (year == null || year < FIRST_YEAR || year > latest) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "year",
                    MonitoringError.ANNUAL_REPORT_YEAR_INVALID,
                    Integer.toString(FIRST_YEAR),
                    Integer.toString(latest))));
        }
        return year;
    }

    /** The language asked for, if it is offered; refused otherwise. */
    static String validLanguage(String language) {
        List<String> offered =
                Languages.OFFERED.stream().map(Locale::getLanguage).toList();
        if (language == null || !offered.contains(language)) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "language", MonitoringError.ANNUAL_REPORT_LANGUAGE_INVALID, String.join(", ", offered))));
        }
        return language;
    }

    /**
     * The narrative as it is kept: only known parts, each stripped, blank ones left out, in the report's order;
     * refused when a part is unknown, too long or holds control characters other than line breaks and tabs.
     */
    static Map<String, String> validNarrative(Map<String, String> parts) {
        Map<String, String> given = parts == null ? Map.of() : parts;
        List<FieldProblem> problems = new java.util.ArrayList<>();
        given.keySet().stream()
                .filter(part -> !NARRATIVE_PARTS.contains(part))
                .sorted()
                .forEach(part -> problems.add(new FieldProblem(
                        "narrative." + part,
                        MonitoringError.ANNUAL_REPORT_NARRATIVE_PART_UNKNOWN,
                        part,
                        String.join(", ", NARRATIVE_PARTS))));
        Map<String, String> kept = new LinkedHashMap<>();
        for (String part : NARRATIVE_PARTS) {
            String text = TypedText.orNullIfBlank(given.get(part));
            if (text == null) {
                continue;
            }
            text = text.strip().replace("\r\n", "\n");
            if (text.length() > MAX_NARRATIVE || TypedText.hasForbiddenControlCharacters(text)) {
                problems.add(new FieldProblem(
                        "narrative." + part, MonitoringError.ANNUAL_REPORT_NARRATIVE_INVALID, MAX_NARRATIVE));
            } else {
                kept.put(part, text);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return kept;
    }
}
