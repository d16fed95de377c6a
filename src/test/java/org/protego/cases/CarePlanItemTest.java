package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RefusedException;

/** A care-plan item is overdue only while open after its due day, and its status changes follow the rules. */
class CarePlanItemTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    static final Instant NOW = Instant.parse("2026-05-10T09:00:00Z");

    static CarePlanItem dueOn(LocalDate dueOn) {
        return CarePlanItem.planned(
                UUID.randomUUID(),
                new AddCarePlanItem("planned_service", "Weekly counselling", "Safe House Foundation", dueOn),
                TODAY,
                "worker",
                NOW);
    }

    @Test
    void anOpenItemIsOverdueFromTheDayAfterItsDueDate() {
        CarePlanItem item = dueOn(TODAY);

        assertThat(item.overdueOn(TODAY, CaseState.OPEN)).isFalse();
        assertThat(item.overdueOn(TODAY.plusDays(1), CaseState.OPEN)).isTrue();
    }

    @Test
    void aDoneOrCancelledItemIsNeverOverdue() {
        CarePlanItem item = dueOn(TODAY);

        CarePlanItem done = item.changedTo(new ChangeCarePlanItemStatus("done", null), "worker", NOW);
        CarePlanItem cancelled =
                item.changedTo(new ChangeCarePlanItemStatus("cancelled", "The child moved to her aunt"), "worker", NOW);

        assertThat(done.overdueOn(TODAY.plusDays(30), CaseState.OPEN)).isFalse();
        assertThat(cancelled.overdueOn(TODAY.plusDays(30), CaseState.OPEN)).isFalse();
        assertThat(cancelled.reason()).isEqualTo("The child moved to her aunt");
    }

    @Test
    void anItemOfAClosedCaseIsNeverOverdue() {
        CarePlanItem item = dueOn(TODAY);

        assertThat(item.overdueOn(TODAY.plusDays(30), CaseState.CLOSED)).isFalse();
        assertThat(item.overdueOn(TODAY.plusDays(30), CaseState.ANONYMISED)).isFalse();
        assertThat(item.overdueOn(TODAY.plusDays(30), CaseState.CLOSURE_REQUESTED))
                .isTrue();
    }

    @Test
    void aCancellationNeedsAReason() {
        CarePlanItem item = dueOn(TODAY);

        assertThatThrownBy(() -> item.changedTo(new ChangeCarePlanItemStatus("cancelled", "  "), "worker", NOW))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems().get(0).code())
                                .isEqualTo("case-care-plan-reason-required"));
    }

    @Test
    void aDoneItemIsOpenedAgainBeforeItCanBeCancelledAndReopeningClearsNothingButTheReason() {
        CarePlanItem done = dueOn(TODAY).changedTo(new ChangeCarePlanItemStatus("done", null), "worker", NOW);

        assertThatThrownBy(() -> done.changedTo(new ChangeCarePlanItemStatus("cancelled", "no"), "worker", NOW))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.error()).isEqualTo(CaseError.CARE_PLAN_STATUS_FORBIDS));
        CarePlanItem reopened = done.changedTo(new ChangeCarePlanItemStatus("open", null), "supervisor", NOW);
        assertThat(reopened.status()).isEqualTo(CarePlanItemStatus.OPEN);
        assertThat(reopened.statusChangedBy()).isEqualTo("supervisor");
        assertThat(reopened.description()).isEqualTo("Weekly counselling");
    }

    @Test
    void anOpenItemCannotBeOpenedAgain() {
        assertThatThrownBy(() -> dueOn(TODAY).changedTo(new ChangeCarePlanItemStatus("open", null), "worker", NOW))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aNewItemNeedsAKnownKindADescriptionAndADueDateThatHasNotPassed() {
        assertThatThrownBy(() -> CarePlanItem.planned(
                        UUID.randomUUID(),
                        new AddCarePlanItem("wish", " ", "x".repeat(201), TODAY.minusDays(1)),
                        TODAY,
                        "worker",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(problem -> problem.field() + ":" + problem.code())
                                .containsExactly(
                                        "kind:case-care-plan-kind-invalid",
                                        "description:case-care-plan-description-invalid",
                                        "responsible:case-text-invalid",
                                        "dueOn:case-care-plan-due-invalid"));
    }
}
