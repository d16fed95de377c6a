package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;

/**
 * A visit or contact the case worker had with the child: how, on which day, notes (which may identify the child), and
 * when the next one is due, if they set it. Follow-ups are recorded, never changed.
 */
record FollowUp(
        UUID id,
        UUID caseId,
        FollowUpKind kind,
        LocalDate happenedOn,
        String notes,
        LocalDate nextDueOn,
        String recordedBy,
        Instant recordedAt) {

    static final int MAX_NOTES = 4000;

    /**
     * A follow-up as recorded, or every problem with what was given: a kind from the list, a day neither in the future
     * nor before the case was registered, notes within bounds, and a next date after the contact's day.
     */
    static FollowUp recorded(
            UUID caseId, RecordFollowUp command, LocalDate registeredOn, LocalDate today, String by, Instant at) {
        List<FieldProblem> problems = new ArrayList<>();
        FollowUpKind kind = command.kind() == null
                ? null
                : FollowUpKind.fromCode(command.kind()).orElse(null);
        if (kind == null) {
            problems.add(new FieldProblem("kind", CaseError.FOLLOW_UP_KIND_INVALID));
        }
        LocalDate happenedOn = command.happenedOn() == null ? today : command.happenedOn();
        if (happenedOn.isAfter(today) || happenedOn.isBefore(registeredOn)) {
            problems.add(new FieldProblem("happenedOn", CaseError.FOLLOW_UP_DATE_INVALID));
        }
        String notes = TypedText.orNullIfBlank(command.notes());
        if (notes != null && (notes.length() > MAX_NOTES || TypedText.hasForbiddenControlCharacters(notes))) {
            problems.add(new FieldProblem("notes", CaseError.TEXT_INVALID, String.valueOf(MAX_NOTES)));
        }
        if (command.nextDueOn() != null && !command.nextDueOn().isAfter(happenedOn)) {
            problems.add(new FieldProblem("nextDueOn", CaseError.FOLLOW_UP_NEXT_DUE_INVALID));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new FollowUp(
                UUID.randomUUID(),
                caseId,
                kind,
                happenedOn,
                notes == null ? null : notes.trim(),
                command.nextDueOn(),
                by,
                at);
    }

    /** The follow-up as the case history shows it. */
    String describe() {
        return kind.code() + " on " + happenedOn + (nextDueOn == null ? "" : ", next due " + nextDueOn)
                + (notes == null ? "" : ": " + notes);
    }
}
