package org.protego.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's best interests: the case worker's assessment, revised as the case goes on, and the determinations a panel
 * of supervisors decides before a return, a transfer or a long-term placement. Every step is a new version of the case
 * and is audited; every read of what the steps say about the child is audited with its purpose.
 */
@Service
public class BestInterestsManagement {

    static final int MAX_QUESTION = 4000;
    static final int MAX_REASONING = 8000;

    private final Assessments assessments;
    private final Determinations determinations;
    private final CaseAccess access;
    private final CaseVersions versions;
    private final CaseSettings settings;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BestInterestsManagement(
            Assessments assessments,
            Determinations determinations,
            CaseAccess access,
            CaseVersions versions,
            CaseSettings settings,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.determinations = determinations;
        this.access = access;
        this.versions = versions;
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes the case's best-interests assessment, or its next revision; earlier revisions are kept. The first one
     * completes the assessment for indicators. {@code expectedVersion} may be null for an API client that sends none.
     */
    @PreAuthorize("hasRole('CASE_WORKER')")
    @Transactional
    public AssessmentView writeAssessment(UUID caseId, Long expectedVersion, WriteAssessment written) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        List<FieldProblem> problems = Assessment.problemsOf(
                written, childCase.registeredAt().atZone(ZoneOffset.UTC).toLocalDate(), today);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long current = versions.lockCurrent(caseId, expectedVersion);
        StaffMember me = StaffMember.required();
        Instant now = clock.instant();
        Assessment assessment = new Assessment(
                UUID.randomUUID(),
                caseId,
                assessments.nextRevision(caseId),
                written.assessedOn() == null ? today : written.assessedOn(),
                me.userId(),
                me.username(),
                now,
                Assessment.sectionsOf(written));
        String before = assessments.latest(caseId).map(Assessment::describe).orElse(null);
        versions.record(caseId, current, List.of(new FieldChange("bia", before, assessment.describe())));
        assessments.insert(assessment);
        auditTrail.record(
                "case.assessment-written",
                "case",
                caseId.toString(),
                "assessment=" + assessment.id() + " revision=" + assessment.revision());
        if (assessment.revision() == 1) {
            events.publishEvent(completed(childCase, "bia", now));
        }
        return assessment.view();
    }

    /** Every revision of the case's best-interests assessment, newest first; the read is audited with its purpose. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<AssessmentView> assessments(UUID caseId, ReadPurpose purpose) {
        CaseAccess.Reading reading = access.readableCase(caseId, purpose);
        access.auditRead("case.assessments-viewed", caseId, reading.purpose());
        return assessments.ofCase(caseId).stream().map(Assessment::view).toList();
    }

    /**
     * Asks a panel to determine whether a decision is in the child's best interests. It relies on a revision of the
     * case's assessment, so that one must exist first; only one determination of each decision waits at a time.
     */
    @PreAuthorize("hasRole('CASE_WORKER')")
    @Transactional
    public DeterminationView requestDetermination(UUID caseId, Long expectedVersion, RequestDetermination request) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        List<FieldProblem> problems = new ArrayList<>();
        DecisionType decisionType =
                DecisionType.fromCode(request.decisionType()).orElse(null);
        if (decisionType == null) {
            problems.add(new FieldProblem("decisionType", CaseError.DECISION_TYPE_INVALID));
        }
        String question = required(problems, "question", request.question(), MAX_QUESTION, CaseError.QUESTION_REQUIRED);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long current = versions.lockCurrent(caseId, expectedVersion);
        Assessment assessment = reliedOn(caseId, request.assessmentId());
        if (determinations.hasPending(caseId, decisionType)) {
            throw new ConflictException(CaseError.DETERMINATION_PENDING);
        }
        StaffMember me = StaffMember.required();
        Determination determination =
                Determination.requested(caseId, decisionType, question, assessment.id(), panelist(me), clock.instant());
        versions.record(
                caseId,
                current,
                List.of(new FieldChange(
                        field(determination),
                        null,
                        "requested: " + decisionType.code() + "; relies on assessment revision " + assessment.revision()
                                + "; question: " + question)));
        determinations.insert(determination);
        auditTrail.record(
                "case.determination-requested",
                "case",
                caseId.toString(),
                "determination=" + determination.id() + " decision=" + decisionType.code() + " assessment="
                        + assessment.id());
        return viewOf(determination, childCase, me);
    }

    /**
     * The case's determinations with their panels' views, newest first, for those who may see the case and for the
     * supervisors of its organisation while one waits for its panel; the read is audited with its purpose.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<DeterminationView> determinations(UUID caseId, ReadPurpose purpose) {
        CaseAccess.Reading reading = access.readableCase(caseId, purpose);
        access.auditRead("case.determinations-viewed", caseId, reading.purpose());
        StaffMember me = StaffMember.required();
        return determinations.ofCase(caseId).stream()
                .map(determination -> viewOf(determination, reading.childCase(), me))
                .toList();
    }

    /**
     * Records a supervisor's view on a determination: a supervisor of the case's organisation, in its team or not,
     * who neither requested it nor works the case, once.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public DeterminationView recordView(UUID caseId, UUID determinationId, Long expectedVersion, RecordView view) {
        ChildCase childCase =
                access.readableCase(caseId, ReadPurpose.DETERMINATION_PANEL).childCase();
        childCase.requireEditable();
        long current = versions.lockCurrent(caseId, expectedVersion);
        Determination determination = determinationOf(caseId, determinationId);
        StaffMember me = StaffMember.required();
        Panelist panelist = panelist(me);
        determination.whyNoViewFrom(panelist, childCase.assignedTo()).ifPresent(refusal -> {
            throw refusal;
        });
        List<FieldProblem> problems = new ArrayList<>();
        PanelPosition position = PanelPosition.fromCode(view.position()).orElse(null);
        if (position == null) {
            problems.add(new FieldProblem("position", CaseError.POSITION_INVALID));
        }
        String reasoning =
                required(problems, "reasoning", view.reasoning(), MAX_REASONING, CaseError.REASONING_REQUIRED);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String before = determination.state().code();
        PanelView recorded =
                determination.recordView(panelist, childCase.assignedTo(), position, reasoning, clock.instant());
        versions.record(
                caseId,
                current,
                List.of(new FieldChange(
                        field(determination),
                        before,
                        determination.state().code() + "; view of " + me.username() + ": " + position.code() + "; "
                                + reasoning)));
        determinations.insertView(determination, recorded);
        auditTrail.record(
                "case.determination-view-recorded",
                "case",
                caseId.toString(),
                "determination=" + determinationId + " position=" + position.code() + " views="
                        + determination.views().size());
        return viewOf(determination, childCase, me);
    }

    /** Records a panel's decision, by a member who recorded a view, once the panel has at least two views. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public DeterminationView decide(UUID caseId, UUID determinationId, Long expectedVersion, RecordDecision decision) {
        ChildCase childCase =
                access.readableCase(caseId, ReadPurpose.DETERMINATION_PANEL).childCase();
        childCase.requireEditable();
        long current = versions.lockCurrent(caseId, expectedVersion);
        Determination determination = determinationOf(caseId, determinationId);
        StaffMember me = StaffMember.required();
        Panelist panelist = panelist(me);
        determination.whyNoDecisionFrom(panelist).ifPresent(refusal -> {
            throw refusal;
        });
        List<FieldProblem> problems = new ArrayList<>();
        DeterminationDecision decided =
                DeterminationDecision.fromCode(decision.decision()).orElse(null);
        if (decided == null) {
            problems.add(new FieldProblem("decision", CaseError.DECISION_INVALID));
        }
        String outcome = required(problems, "outcome", decision.outcome(), MAX_REASONING, CaseError.OUTCOME_REQUIRED);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String before = determination.state().code();
        Instant now = clock.instant();
        determination.decide(panelist, decided, outcome, now);
        versions.record(
                caseId,
                current,
                List.of(new FieldChange(
                        field(determination), before, "decided: " + decided.code() + "; outcome: " + outcome)));
        determinations.saveDecision(determination);
        auditTrail.record(
                "case.determination-decided",
                "case",
                caseId.toString(),
                "determination=" + determinationId + " decision=" + decided.code() + " views="
                        + determination.views().size());
        events.publishEvent(completed(childCase, "bid", now));
        return viewOf(determination, childCase, me);
    }

    private Assessment reliedOn(UUID caseId, UUID assessmentId) {
        if (assessmentId != null) {
            return assessments
                    .byId(caseId, assessmentId)
                    .orElseThrow(() -> new InvalidRequestException(
                            List.of(new FieldProblem("assessmentId", CaseError.ASSESSMENT_UNKNOWN))));
        }
        return assessments.latest(caseId).orElseThrow(() -> new ConflictException(CaseError.ASSESSMENT_REQUIRED));
    }

    private Determination determinationOf(UUID caseId, UUID determinationId) {
        return determinations
                .byId(caseId, determinationId)
                .orElseThrow(() -> new NotFoundException(CaseError.DETERMINATION_NOT_FOUND, determinationId));
    }

    private DeterminationView viewOf(Determination determination, ChildCase childCase, StaffMember viewer) {
        Instant dueAt = determination.requestedAt().plus(settings.determinationDueWithin());
        Panelist panelist = panelist(viewer);
        boolean editable = childCase.state() == CaseState.OPEN || childCase.state() == CaseState.CLOSURE_REQUESTED;
        return new DeterminationView(
                determination.id(),
                determination.decisionType().code(),
                determination.question(),
                determination.assessmentId(),
                determination.requestedBy(),
                determination.requestedAt(),
                determination.state().code(),
                dueAt,
                determination.state().pending() && clock.instant().isAfter(dueAt),
                determination.views().stream()
                        .map(view -> new DeterminationView.MemberView(
                                view.panelist(), view.position().code(), view.reasoning(), view.recordedAt()))
                        .toList(),
                determination.decision() == null
                        ? null
                        : determination.decision().code(),
                determination.outcome(),
                determination.decidedBy(),
                determination.decidedAt(),
                editable
                        && determination
                                .whyNoViewFrom(panelist, childCase.assignedTo())
                                .isEmpty(),
                editable && determination.whyNoDecisionFrom(panelist).isEmpty());
    }

    private AssessmentCompleted completed(ChildCase childCase, String kind, Instant at) {
        CaseDetails details = childCase.details();
        return new AssessmentCompleted(
                childCase.id(),
                childCase.organisationId(),
                kind,
                details.child().sex(),
                childCase.ageBand().label(),
                details.child().nationality(),
                details.formsOfExploitation(),
                at);
    }

    private static Panelist panelist(StaffMember member) {
        return new Panelist(member.userId(), member.username(), member.has(Role.SUPERVISOR));
    }

    private static String field(Determination determination) {
        return "bid." + determination.id();
    }

    /** A required free text, trimmed; a missing, too long or garbled one is named among the problems. */
    private static String required(
            List<FieldProblem> problems, String field, String text, int longest, CaseError missing) {
        if (TypedText.orNullIfBlank(text) == null) {
            problems.add(new FieldProblem(field, missing));
            return null;
        }
        if (text.length() > longest || TypedText.hasForbiddenControlCharacters(text)) {
            problems.add(new FieldProblem(field, CaseError.TEXT_INVALID, String.valueOf(longest)));
            return null;
        }
        return text.trim();
    }
}
