package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The status rules of commitments, without Spring: met late, overdue, and the yearly report's deadline. */
class CommitmentStatusTest {

    static final LocalDate DEADLINE = LocalDate.of(2013, 12, 31);

    @Test
    void metAfterTheDeadlineIsRecordedAsMetLate() {
        assertThat(CommitmentStatus.recorded(CommitmentStatus.MET, LocalDate.of(2014, 1, 1), DEADLINE))
                .isEqualTo(CommitmentStatus.MET_LATE);
    }

    @Test
    void metOnTheDeadlineIsMetEvenWhenTheMonitorChoseMetLate() {
        assertThat(CommitmentStatus.recorded(CommitmentStatus.MET, DEADLINE, DEADLINE))
                .isEqualTo(CommitmentStatus.MET);
        assertThat(CommitmentStatus.recorded(CommitmentStatus.MET_LATE, LocalDate.of(2012, 6, 1), DEADLINE))
                .isEqualTo(CommitmentStatus.MET);
    }

    @Test
    void anUndatedCommitmentMetIsSimplyMet() {
        assertThat(CommitmentStatus.recorded(CommitmentStatus.MET, LocalDate.of(2020, 1, 1), null))
                .isEqualTo(CommitmentStatus.MET);
    }

    @Test
    void otherStatusesAreRecordedAsChosen() {
        assertThat(CommitmentStatus.recorded(CommitmentStatus.PARTIALLY_MET, LocalDate.of(2020, 1, 1), DEADLINE))
                .isEqualTo(CommitmentStatus.PARTIALLY_MET);
    }

    @Test
    void aCommitmentIsOverdueTheDayAfterItsDeadlineUnlessMet() {
        LocalDate dayAfter = DEADLINE.plusDays(1);
        assertThat(CommitmentStatus.overdue(DEADLINE, CommitmentStatus.NOT_YET_ASSESSED, DEADLINE))
                .isFalse();
        assertThat(CommitmentStatus.overdue(DEADLINE, CommitmentStatus.PARTIALLY_MET, dayAfter))
                .isTrue();
        assertThat(CommitmentStatus.overdue(DEADLINE, CommitmentStatus.MET_LATE, dayAfter))
                .isFalse();
        assertThat(CommitmentStatus.overdue(null, CommitmentStatus.NOT_MET, dayAfter))
                .isFalse();
    }

    @Test
    void theYearlyReportIsDueThreeMonthsAfterTheYearAndOverdueWhileUnpublished() {
        Period due = Period.ofMonths(3);
        assertThat(YearlyReporting.dueOn(2025, due)).isEqualTo(LocalDate.of(2026, 3, 31));

        YearlyReporting.State lastDay = YearlyReporting.at(LocalDate.of(2026, 3, 31), due, year -> Optional.empty());
        assertThat(lastDay.year()).isEqualTo(2024);
        assertThat(lastDay.overdue()).isTrue();

        YearlyReporting.State late = YearlyReporting.at(LocalDate.of(2026, 4, 1), due, year -> Optional.empty());
        assertThat(late.year()).isEqualTo(2025);
        assertThat(late.deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(late.overdue()).isTrue();

        YearlyReporting.State published = YearlyReporting.at(
                LocalDate.of(2026, 4, 1),
                due,
                year -> year == 2025 ? Optional.of(Instant.parse("2026-03-20T10:00:00Z")) : Optional.empty());
        assertThat(published.overdue()).isFalse();
        assertThat(published.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
    }
}
