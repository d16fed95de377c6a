package org.protego.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a case only with a second person's approval: a case worker asks with a reason, and a supervisor of the case
 * other than the one who asked approves or refuses. A closed case can be reopened; its closures stay in its history.
 */
@Service
public class ClosureManagement {

    private final Cases cases;
    private final Closures closures;
    private final CaseAccess access;
    private final CaseVersions versions;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClosureManagement(
            Cases cases,
            Closures closures,
            CaseAccess access,
            CaseVersions versions,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.closures = closures;
        this.access = access;
        this.versions = versions;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks to close an open case for a reason from the list, with a note (required for {@code other}); a supervisor
     * then decides. {@code expectedVersion} may be null for an API client that does not send one.
     */
    @PreAuthorize("hasRole('CASE_WORKER')")
    @Transactional
    public CaseStatus requestClosure(UUID caseId, Long expectedVersion, String reasonCode, String note) {
        access.visibleCase(caseId);
        List<FieldProblem> problems = new ArrayList<>();
        ClosureReason reason = ClosureReason.fromCode(
                        TypedText.orNullIfBlank(reasonCode) == null ? "" : reasonCode.trim())
                .orElse(null);
        if (reason == null) {
            problems.add(new FieldProblem("reason", CaseError.CLOSURE_REASON_INVALID));
        }
        String noteText = MoveReasons.optional("note", note);
        if (reason == ClosureReason.OTHER && noteText == null) {
            problems.add(new FieldProblem("note", CaseError.CLOSURE_NOTE_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChildCase locked = locked(caseId, expectedVersion);
        CaseState next = CaseLifecycle.Move.REQUEST_CLOSURE.from(locked.state());
        StaffMember me = StaffMember.required();
        Instant now = clock.instant();
        List<FieldChange> changes = new ArrayList<>(
                List.of(stateChange(locked.state(), next), new FieldChange("closure.reason", null, reason.code())));
        if (noteText != null) {
            changes.add(new FieldChange("closure.note", null, noteText));
        }
        long version = versions.record(caseId, expectedVersion, changes);
        closures.insertRequest(UUID.randomUUID(), caseId, reason, noteText, me.userId(), me.username(), now);
        cases.setState(caseId, next);
        auditTrail.record("case.closure-requested", "case", caseId.toString(), "reason=" + reason.code());
        return new CaseStatus(caseId, locked.caseNumber(), version, next.code());
    }

    /**
     * Approves the closure a case worker asked for: the case is closed, and indicators learn why. Only a supervisor of
     * the case who did not ask for it may approve.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public CaseStatus approveClosure(UUID caseId, Long expectedVersion) {
        access.visibleCase(caseId);
        ChildCase locked = locked(caseId, expectedVersion);
        CaseState next = CaseLifecycle.Move.APPROVE_CLOSURE.from(locked.state());
        Closures.Closure request = pendingNotMine(caseId);
        StaffMember me = StaffMember.required();
        Instant now = clock.instant();
        long version = versions.record(
                caseId,
                expectedVersion,
                List.of(stateChange(locked.state(), next), new FieldChange("closure.decision", null, "approved")));
        closures.decide(request.id(), Closures.APPROVED, me.username(), now, null);
        closures.markClosed(caseId, request.reason(), now);
        cases.setState(caseId, next);
        auditTrail.record(
                "case.closure-approved",
                "case",
                caseId.toString(),
                "reason=" + request.reason().code());
        CaseDetails details = locked.details();
        events.publishEvent(new CaseClosed(
                caseId,
                locked.organisationId(),
                request.reason().code(),
                details.child().sex(),
                locked.ageBand().label(),
                details.child().nationality(),
                details.formsOfExploitation(),
                now));
        return new CaseStatus(caseId, locked.caseNumber(), version, next.code());
    }

    /** Refuses the closure a case worker asked for, saying why; the case is open again. Not by the one who asked. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public CaseStatus refuseClosure(UUID caseId, Long expectedVersion, String reason) {
        access.visibleCase(caseId);
        String why = MoveReasons.required("reason", reason);
        ChildCase locked = locked(caseId, expectedVersion);
        CaseState next = CaseLifecycle.Move.REFUSE_CLOSURE.from(locked.state());
        Closures.Closure request = pendingNotMine(caseId);
        long version = versions.record(
                caseId,
                expectedVersion,
                List.of(
                        stateChange(locked.state(), next),
                        new FieldChange("closure.decision", null, "refused"),
                        new FieldChange("closure.refusalReason", null, why)));
        closures.decide(request.id(), Closures.REFUSED, StaffMember.required().username(), clock.instant(), why);
        cases.setState(caseId, next);
        auditTrail.record(
                "case.closure-refused",
                "case",
                caseId.toString(),
                "reason=" + request.reason().code());
        return new CaseStatus(caseId, locked.caseNumber(), version, next.code());
    }

    /** Reopens a closed case, saying why; the closure it ends stays in the case's history. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseStatus reopen(UUID caseId, Long expectedVersion, String reason) {
        access.visibleCase(caseId);
        String why = MoveReasons.required("reason", reason);
        ChildCase locked = locked(caseId, expectedVersion);
        CaseState next = CaseLifecycle.Move.REOPEN.from(locked.state());
        Instant now = clock.instant();
        long version = versions.record(
                caseId,
                expectedVersion,
                List.of(stateChange(locked.state(), next), new FieldChange("closure.reopeningReason", null, why)));
        Closures.Closure ended = closures.lastApproved(caseId).orElse(null);
        if (ended != null) {
            closures.reopen(ended.id(), StaffMember.required().username(), now, why);
        }
        closures.markClosed(caseId, null, null);
        cases.setState(caseId, next);
        String closedFor = ended == null ? null : ended.reason().code();
        auditTrail.record(
                "case.reopened", "case", caseId.toString(), "closedFor=" + (closedFor == null ? "-" : closedFor));
        CaseDetails details = locked.details();
        events.publishEvent(new CaseReopened(
                caseId,
                locked.organisationId(),
                closedFor,
                details.child().sex(),
                locked.ageBand().label(),
                details.child().nationality(),
                details.formsOfExploitation(),
                now));
        return new CaseStatus(caseId, locked.caseNumber(), version, next.code());
    }

    /** Every closure request of a case, newest first, with notes and reasons; the read is audited. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<ClosureView> closures(UUID caseId, ReadPurpose purpose) {
        access.visibleCase(caseId);
        List<ClosureView> found =
                closures.ofCase(caseId).stream().map(Closures.Closure::view).toList();
        if (!found.isEmpty()) {
            access.auditRead("case.closures-viewed", caseId, access.purposeOrDefault(purpose));
        }
        return found;
    }

    /** Whether the current staff member asked for the case's pending closure, and so may not decide it. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public boolean closureRequestedByMe(UUID caseId) {
        access.visibleCase(caseId);
        UUID me = StaffMember.required().userId();
        return closures.pending(caseId)
                .map(request -> request.requestedBy().equals(me))
                .orElse(false);
    }

    private ChildCase locked(UUID caseId, Long expectedVersion) {
        versions.lockCurrent(caseId, expectedVersion);
        return cases.byId(caseId).orElseThrow();
    }

    /** A closure needs a second person: the one who asked may not decide, whatever roles they hold. */
    private Closures.Closure pendingNotMine(UUID caseId) {
        Closures.Closure request = closures.pending(caseId).orElseThrow();
        if (request.requestedBy().equals(StaffMember.required().userId())) {
            throw new ConflictException(CaseError.CLOSURE_OWN_REQUEST);
        }
        return request;
    }

    static FieldChange stateChange(CaseState from, CaseState to) {
        return new FieldChange("state", from.code(), to.code());
    }
}
