package org.protego.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.shared.RefusedException;

/**
 * A best-interests determination: a decision that changes a child's life (return, transfer, long-term placement) put
 * to a panel of supervisors, on the strength of a best-interests assessment. The panel must be independent of the
 * case: at least two supervisors other than the case worker who asked and the case's own case worker each record a
 * view, then one of them records the decision. This is the rule issue 9 asks for where Primero offers only a form
 * (docs/anchors/case-management.md: "no dedicated BID workflow"), after UNHCR's Best Interests Procedure Guidelines
 * (2021), in which those who decide are not those who assessed.
 */
final class Determination {

    /** The fewest views a panel needs before it may decide: "at least two supervisors other than the case worker". */
    static final int VIEWS_NEEDED = 2;

    private final UUID id;
    private final UUID caseId;
    private final DecisionType decisionType;
    private final String question;
    private final UUID assessmentId;
    private final UUID requestedById;
    private final String requestedBy;
    private final Instant requestedAt;
    private final List<PanelView> views;
    private DeterminationState state;
    private DeterminationDecision decision;
    private String outcome;
    private String decidedBy;
    private Instant decidedAt;

    Determination(
            UUID id,
            UUID caseId,
            DecisionType decisionType,
            String question,
            UUID assessmentId,
            UUID requestedById,
            String requestedBy,
            Instant requestedAt,
            DeterminationState state,
            List<PanelView> views,
            DeterminationDecision decision,
            String outcome,
            String decidedBy,
            Instant decidedAt) {
        this.id = id;
        this.caseId = caseId;
        this.decisionType = decisionType;
        this.question = question;
        this.assessmentId = assessmentId;
        this.requestedById = requestedById;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = state;
        this.views = new ArrayList<>(views);
        this.decision = decision;
        this.outcome = outcome;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** A new determination, waiting for its panel. */
    static Determination requested(
            UUID caseId,
            DecisionType decisionType,
            String question,
            UUID assessmentId,
            Panelist requester,
            Instant at) {
        return new Determination(
                UUID.randomUUID(),
                caseId,
                decisionType,
                question,
                assessmentId,
                requester.userId(),
                requester.username(),
                at,
                DeterminationState.AWAITING_VIEWS,
                List.of(),
                null,
                null,
                null,
                null);
    }

    /**
     * Why this staff member may not record a view on this determination, or empty if they may: only a supervisor who
     * neither asked for it nor works the case, who has not recorded one already, while it is not decided.
     */
    Optional<RefusedException> whyNoViewFrom(Panelist who, UUID caseWorker) {
        if (!state.pending()) {
            return Optional.of(new RefusedException(CaseError.DETERMINATION_DECIDED));
        }
        if (!who.supervisor()) {
            return Optional.of(new RefusedException(CaseError.PANEL_SUPERVISORS_ONLY));
        }
        if (who.userId().equals(requestedById) || who.userId().equals(caseWorker)) {
            return Optional.of(new RefusedException(CaseError.PANEL_MEMBER_INVOLVED));
        }
        if (hasViewFrom(who.userId())) {
            return Optional.of(new RefusedException(CaseError.VIEW_ALREADY_RECORDED));
        }
        return Optional.empty();
    }

    /**
     * Records a panel member's view; {@code caseWorker} is the case's assigned case worker, who may not sit on the
     * panel. The second view makes the determination ready for its decision.
     */
    PanelView recordView(Panelist who, UUID caseWorker, PanelPosition position, String reasoning, Instant at) {
        Optional<RefusedException> refusal = whyNoViewFrom(who, caseWorker);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        PanelView view = new PanelView(who.userId(), who.username(), position, reasoning, at);
        views.add(view);
        moveTo(views.size() >= VIEWS_NEEDED ? DeterminationState.READY_FOR_DECISION : state);
        return view;
    }

    /** Why this staff member may not record the decision now, or empty if they may. */
    Optional<RefusedException> whyNoDecisionFrom(Panelist who) {
        if (!state.pending()) {
            return Optional.of(new RefusedException(CaseError.DETERMINATION_DECIDED));
        }
        if (state != DeterminationState.READY_FOR_DECISION) {
            return Optional.of(new RefusedException(CaseError.DECISION_NEEDS_VIEWS, VIEWS_NEEDED));
        }
        if (!who.supervisor() || !hasViewFrom(who.userId())) {
            return Optional.of(new RefusedException(CaseError.DECIDER_NOT_ON_PANEL));
        }
        return Optional.empty();
    }

    /** Records the panel's decision, by one of the members who recorded a view, once enough views are in. */
    void decide(Panelist who, DeterminationDecision decided, String decidedOutcome, Instant at) {
        Optional<RefusedException> refusal = whyNoDecisionFrom(who);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        moveTo(DeterminationState.DECIDED);
        this.decision = decided;
        this.outcome = decidedOutcome;
        this.decidedBy = who.username();
        this.decidedAt = at;
    }

    private boolean hasViewFrom(UUID userId) {
        return views.stream().anyMatch(view -> view.panelistId().equals(userId));
    }

    private void moveTo(DeterminationState target) {
        if (!state.next().contains(target)) {
            throw new IllegalStateException("A determination cannot move from " + state + " to " + target);
        }
        state = target;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    DecisionType decisionType() {
        return decisionType;
    }

    String question() {
        return question;
    }

    UUID assessmentId() {
        return assessmentId;
    }

    UUID requestedById() {
        return requestedById;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    DeterminationState state() {
        return state;
    }

    List<PanelView> views() {
        return List.copyOf(views);
    }

    DeterminationDecision decision() {
        return decision;
    }

    String outcome() {
        return outcome;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
