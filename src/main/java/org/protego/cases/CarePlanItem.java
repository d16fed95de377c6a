package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RefusedException;
import org.protego.shared.TypedText;

/**
 * One goal, need or planned service of a child's care plan: what (which may identify the child), who is responsible,
 * by when, and whether it was done or cancelled, and why. An open item past its due date is overdue.
 */
final class CarePlanItem {

    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_RESPONSIBLE = 200;
    static final int MAX_REASON = 2000;

    private final UUID id;
    private final UUID caseId;
    private final CarePlanItemKind kind;
    private final String description;
    private final String responsible;
    private final LocalDate dueOn;
    private final CarePlanItemStatus status;
    private final String reason;
    private final String createdBy;
    private final Instant createdAt;
    private final String statusChangedBy;
    private final Instant statusChangedAt;

    CarePlanItem(
            UUID id,
            UUID caseId,
            CarePlanItemKind kind,
            String description,
            String responsible,
            LocalDate dueOn,
            CarePlanItemStatus status,
            String reason,
            String createdBy,
            Instant createdAt,
            String statusChangedBy,
            Instant statusChangedAt) {
        this.id = id;
        this.caseId = caseId;
        this.kind = kind;
        this.description = description;
        this.responsible = responsible;
        this.dueOn = dueOn;
        this.status = status;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.statusChangedBy = statusChangedBy;
        this.statusChangedAt = statusChangedAt;
    }

    /**
     * A new open item, or every problem with what was given: a kind from the list, a description, a responsible
     * person or organisation within bounds, and a due date that has not passed.
     */
    static CarePlanItem planned(UUID caseId, AddCarePlanItem command, LocalDate today, String by, Instant at) {
        List<FieldProblem> problems = new ArrayList<>();
        CarePlanItemKind kind = command.kind() == null
                ? null
                : CarePlanItemKind.fromCode(command.kind()).orElse(null);
        if (kind == null) {
            problems.add(new FieldProblem("kind", CaseError.CARE_PLAN_KIND_INVALID));
        }
        String description = TypedText.orNullIfBlank(command.description());
        if (description == null
                || description.length() > MAX_DESCRIPTION
                || TypedText.hasForbiddenControlCharacters(description)) {
            problems.add(new FieldProblem(
                    "description", CaseError.CARE_PLAN_DESCRIPTION_INVALID, String.valueOf(MAX_DESCRIPTION)));
        }
        String responsible = TypedText.orNullIfBlank(command.responsible());
        if (responsible != null
                && (responsible.length() > MAX_RESPONSIBLE || TypedText.hasForbiddenControlCharacters(responsible))) {
            problems.add(new FieldProblem("responsible", CaseError.TEXT_INVALID, String.valueOf(MAX_RESPONSIBLE)));
        }
        if (command.dueOn() == null || command.dueOn().isBefore(today)) {
            problems.add(new FieldProblem("dueOn", CaseError.CARE_PLAN_DUE_INVALID));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new CarePlanItem(
                UUID.randomUUID(),
                caseId,
                kind,
                description.trim(),
                responsible == null ? null : responsible.trim(),
                command.dueOn(),
                CarePlanItemStatus.OPEN,
                null,
                by,
                at,
                null,
                null);
    }

    /**
     * The item with its new status: an open item is done or cancelled (with a reason), and a done or cancelled one
     * can be opened again; any other change is refused with the current status.
     */
    CarePlanItem changedTo(ChangeCarePlanItemStatus change, String by, Instant at) {
        CarePlanItemStatus next = change.status() == null
                ? null
                : CarePlanItemStatus.fromCode(change.status()).orElse(null);
        if (next == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("status", CaseError.CARE_PLAN_STATUS_INVALID)));
        }
        boolean allowed =
                status == CarePlanItemStatus.OPEN ? next != CarePlanItemStatus.OPEN : next == CarePlanItemStatus.OPEN;
        if (!allowed) {
            throw new RefusedException(CaseError.CARE_PLAN_STATUS_FORBIDS, status.code(), next.code());
        }
        String givenReason = TypedText.orNullIfBlank(change.reason());
        if (next == CarePlanItemStatus.CANCELLED
                && (givenReason == null
                        || givenReason.length() > MAX_REASON
                        || TypedText.hasForbiddenControlCharacters(givenReason))) {
            throw new InvalidRequestException(List.of(
                    new FieldProblem("reason", CaseError.CARE_PLAN_REASON_REQUIRED, String.valueOf(MAX_REASON))));
        }
        return new CarePlanItem(
                id,
                caseId,
                kind,
                description,
                responsible,
                dueOn,
                next,
                next == CarePlanItemStatus.CANCELLED ? givenReason.trim() : null,
                createdBy,
                createdAt,
                by,
                at);
    }

    /** Whether the item is still open after its due day, on a case that is still followed. */
    boolean overdueOn(LocalDate today, CaseState caseState) {
        return status == CarePlanItemStatus.OPEN && DueDates.isOverdue(dueOn, today, caseState);
    }

    /** The item as the case history shows it. */
    String describe() {
        return kind.code() + ": " + description + (responsible == null ? "" : " (" + responsible + ")") + ", due "
                + dueOn;
    }

    /** The status as the case history shows it, with the reason of a cancellation. */
    String describeStatus() {
        return reason == null ? status.code() : status.code() + ": " + reason;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    CarePlanItemKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    String responsible() {
        return responsible;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    CarePlanItemStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    String statusChangedBy() {
        return statusChangedBy;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }
}
