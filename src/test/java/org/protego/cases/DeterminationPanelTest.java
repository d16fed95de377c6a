package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.RefusedException;

/** The panel rules of a best-interests determination, on the aggregate alone. */
class DeterminationPanelTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final Panelist requester = new Panelist(UUID.randomUUID(), "case-worker", false);
    final UUID caseWorker = requester.userId();
    final Panelist first = supervisor("first");
    final Panelist second = supervisor("second");
    final Panelist third = supervisor("third");

    Determination determination = Determination.requested(
            UUID.randomUUID(), DecisionType.RETURN, "Return home?", UUID.randomUUID(), requester, NOW);

    @Test
    void aRequestedDeterminationAwaitsViews() {
        assertThat(determination.state()).isEqualTo(DeterminationState.AWAITING_VIEWS);
        assertThat(determination.views()).isEmpty();
    }

    @Test
    void theSecondViewMakesItReadyForDecision() {
        view(first);
        assertThat(determination.state()).isEqualTo(DeterminationState.AWAITING_VIEWS);

        view(second);

        assertThat(determination.state()).isEqualTo(DeterminationState.READY_FOR_DECISION);
        assertThat(determination.views()).extracting(PanelView::panelist).containsExactly("first", "second");
    }

    @Test
    void aFurtherViewIsWelcomeBeforeTheDecision() {
        view(first);
        view(second);

        view(third);

        assertThat(determination.views()).hasSize(3);
        assertThat(determination.state()).isEqualTo(DeterminationState.READY_FOR_DECISION);
    }

    @Test
    void aCaseWorkerCannotRecordAView() {
        Panelist colleague = new Panelist(UUID.randomUUID(), "colleague", false);

        assertRefused(() -> view(colleague), CaseError.PANEL_SUPERVISORS_ONLY);
        assertThat(determination.views()).isEmpty();
    }

    @Test
    void theRequestingCaseWorkerCannotSitOnThePanelEvenAsSupervisor() {
        Panelist requesterWhoSupervises = new Panelist(requester.userId(), requester.username(), true);

        assertRefused(() -> view(requesterWhoSupervises), CaseError.PANEL_MEMBER_INVOLVED);
    }

    @Test
    void theCasesAssignedCaseWorkerCannotSitOnThePanel() {
        Panelist assignee = supervisor("assignee");

        assertRefused(
                () -> determination.recordView(assignee, assignee.userId(), PanelPosition.SUPPORT, "yes", NOW),
                CaseError.PANEL_MEMBER_INVOLVED);
    }

    @Test
    void oneSupervisorCannotRecordTwoViews() {
        view(first);

        assertRefused(() -> view(first), CaseError.VIEW_ALREADY_RECORDED);
        assertThat(determination.views()).hasSize(1);
    }

    @Test
    void theDecisionIsRefusedBeforeTwoViews() {
        view(first);

        assertRefused(
                () -> determination.decide(first, DeterminationDecision.APPROVED, "Return.", NOW),
                CaseError.DECISION_NEEDS_VIEWS);
        assertThat(determination.state()).isEqualTo(DeterminationState.AWAITING_VIEWS);
    }

    @Test
    void aPanelMemberRecordsTheDecisionAfterTwoViews() {
        view(first);
        view(second);

        determination.decide(second, DeterminationDecision.NOT_APPROVED, "Stay in care.", NOW.plusSeconds(60));

        assertThat(determination.state()).isEqualTo(DeterminationState.DECIDED);
        assertThat(determination.decision()).isEqualTo(DeterminationDecision.NOT_APPROVED);
        assertThat(determination.outcome()).isEqualTo("Stay in care.");
        assertThat(determination.decidedBy()).isEqualTo("second");
    }

    @Test
    void aSupervisorWhoRecordedNoViewCannotDecide() {
        view(first);
        view(second);

        assertRefused(
                () -> determination.decide(third, DeterminationDecision.APPROVED, "Return.", NOW),
                CaseError.DECIDER_NOT_ON_PANEL);
    }

    @Test
    void nothingChangesOnceDecided() {
        view(first);
        view(second);
        determination.decide(first, DeterminationDecision.APPROVED, "Return with the family.", NOW);

        assertRefused(() -> view(third), CaseError.DETERMINATION_DECIDED);
        assertRefused(
                () -> determination.decide(second, DeterminationDecision.NOT_APPROVED, "No.", NOW),
                CaseError.DETERMINATION_DECIDED);
        assertThat(determination.decision()).isEqualTo(DeterminationDecision.APPROVED);
    }

    @Test
    void whoMayActIsAnsweredWithoutActing() {
        assertThat(determination.whyNoViewFrom(first, caseWorker)).isEmpty();
        assertThat(determination.whyNoDecisionFrom(first)).isPresent();
        assertThat(determination.views()).isEmpty();
    }

    private void view(Panelist who) {
        determination.recordView(who, caseWorker, PanelPosition.SUPPORT, "Reasoning of " + who.username(), NOW);
    }

    private static Panelist supervisor(String name) {
        return new Panelist(UUID.randomUUID(), name, true);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, CaseError error) {
        assertThatThrownBy(action)
                .isInstanceOf(RefusedException.class)
                .extracting(refusal -> ((RefusedException) refusal).error())
                .isEqualTo(error);
    }
}
