package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.InvalidRequestException;

/** The next follow-up is due when the latest one said, or a set time after registration before there is any. */
class DueDatesTest {

    static final LocalDate REGISTERED = LocalDate.of(2026, 3, 1);
    static final Period FIRST_WITHIN = Period.ofDays(30);

    static FollowUp followUp(LocalDate on, LocalDate nextDue, Instant recordedAt) {
        return new FollowUp(
                UUID.randomUUID(), UUID.randomUUID(), FollowUpKind.HOME_VISIT, on, null, nextDue, "worker", recordedAt);
    }

    @Test
    void beforeAnyFollowUpTheFirstIsDueTheSetTimeAfterRegistration() {
        LocalDate due =
                DueDates.nextFollowUpDue(REGISTERED, FIRST_WITHIN, List.of()).orElseThrow();

        assertThat(due).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(DueDates.isOverdue(due, LocalDate.of(2026, 3, 31), CaseState.OPEN))
                .isFalse();
        assertThat(DueDates.isOverdue(due, LocalDate.of(2026, 4, 1), CaseState.OPEN))
                .isTrue();
    }

    @Test
    void theLatestFollowUpSetsWhenTheNextIsDueWhateverOrderTheyWereRecordedIn() {
        FollowUp later =
                followUp(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 3), Instant.parse("2026-03-20T10:00:00Z"));
        FollowUp earlierRecordedLate =
                followUp(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 17), Instant.parse("2026-03-21T10:00:00Z"));

        assertThat(DueDates.nextFollowUpDue(REGISTERED, FIRST_WITHIN, List.of(earlierRecordedLate, later)))
                .contains(LocalDate.of(2026, 4, 3));
    }

    @Test
    void aLaterFollowUpMeetsTheDateTheEarlierOneSet() {
        FollowUp planned =
                followUp(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 12), Instant.parse("2026-03-05T10:00:00Z"));
        FollowUp visitedWithoutNextDate =
                followUp(LocalDate.of(2026, 3, 13), null, Instant.parse("2026-03-13T10:00:00Z"));

        assertThat(DueDates.nextFollowUpDue(REGISTERED, FIRST_WITHIN, List.of(planned)))
                .contains(LocalDate.of(2026, 3, 12));
        assertThat(DueDates.nextFollowUpDue(REGISTERED, FIRST_WITHIN, List.of(planned, visitedWithoutNextDate)))
                .isEmpty();
    }

    @Test
    void aFollowUpOfAClosedCaseIsNeverOverdue() {
        LocalDate due = LocalDate.of(2026, 3, 31);

        assertThat(DueDates.isOverdue(due, LocalDate.of(2026, 6, 1), CaseState.CLOSED))
                .isFalse();
        assertThat(DueDates.isOverdue(due, LocalDate.of(2026, 6, 1), CaseState.TRANSFER_PENDING))
                .isTrue();
        assertThat(DueDates.isOverdue(null, LocalDate.of(2026, 6, 1), CaseState.OPEN))
                .isFalse();
    }

    @Test
    void aFollowUpIsRecordedForToday() {
        FollowUp recorded = FollowUp.recorded(
                UUID.randomUUID(),
                new RecordFollowUp("phone", null, " Spoke with the child ", LocalDate.of(2026, 3, 20)),
                REGISTERED,
                LocalDate.of(2026, 3, 6),
                "worker",
                Instant.parse("2026-03-06T10:00:00Z"));

        assertThat(recorded.happenedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(recorded.notes()).isEqualTo("Spoke with the child");
    }

    @Test
    void aFollowUpCannotBeInTheFutureNorBeforeRegistrationAndTheNextMustComeAfterIt() {
        LocalDate today = LocalDate.of(2026, 3, 6);

        assertThatThrownBy(() -> FollowUp.recorded(
                        UUID.randomUUID(),
                        new RecordFollowUp("visit", today.plusDays(1), null, today),
                        REGISTERED,
                        today,
                        "worker",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(problem -> problem.field())
                                .containsExactly("kind", "happenedOn", "nextDueOn"));
        assertThatThrownBy(() -> FollowUp.recorded(
                        UUID.randomUUID(),
                        new RecordFollowUp("home_visit", REGISTERED.minusDays(1), null, null),
                        REGISTERED,
                        today,
                        "worker",
                        Instant.now()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theFirstFollowUpTimeMustBePositive() {
        assertThatThrownBy(() ->
                        new CaseSettings(Duration.ofHours(24), Period.ZERO, Duration.ofDays(14), Duration.ofDays(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first-follow-up-within");
    }
}
