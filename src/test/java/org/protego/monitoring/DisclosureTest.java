package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final Dimension A = Dimension.flat("a", List.of("a1", "a2"));
    private static final Dimension B = Dimension.flat("b", List.of("b1", "b2"));

    @Test
    void oneSmallCellOfATwoByTwoTableWithholdsItsFourInnerCellsAndNoTotal() {
        CountTable table = Tables.withTotals(
                List.of(A, B),
                Map.of(
                        List.of("a1", "b1"), 3L,
                        List.of("a1", "b2"), 10L,
                        List.of("a2", "b1"), 12L,
                        List.of("a2", "b2"), 20L));

        ProtectedTable protectedTable = Disclosure.protect(table, 5);

        assertThat(protectedTable.primary()).containsExactly(List.of("a1", "b1"));
        assertThat(protectedTable.secondary())
                .containsExactlyInAnyOrder(List.of("a1", "b2"), List.of("a2", "b1"), List.of("a2", "b2"));
        assertThat(protectedTable.published(List.of("a1", "_T"))).contains(13L);
        assertThat(protectedTable.published(List.of("_T", "_T"))).contains(45L);
        assertThat(protectedTable.published(List.of("a1", "b1"))).isEmpty();
    }

    @Test
    void aTableWithoutSmallCountsWithholdsNothingAndShowsItsZeros() {
        CountTable table = Tables.withTotals(
                List.of(A, B),
                Map.of(
                        List.of("a1", "b1"), 0L,
                        List.of("a1", "b2"), 10L,
                        List.of("a2", "b1"), 12L,
                        List.of("a2", "b2"), 5L));

        ProtectedTable protectedTable = Disclosure.protect(table, 5);

        assertThat(protectedTable.primary()).isEmpty();
        assertThat(protectedTable.secondary()).isEmpty();
        assertThat(protectedTable.published(List.of("a1", "b1"))).contains(0L);
    }

    @Test
    void theSmallestNonZeroPartIsWithheldWithASmallOneAndTiesGoToTheCodeTheDimensionListsFirst() {
        Dimension channel = Dimension.flat("channel", List.of("web", "phone", "email", "app"));
        CountTable table = Tables.withTotals(
                List.of(channel),
                Map.of(List.of("web"), 40L, List.of("phone"), 2L, List.of("email"), 9L, List.of("app"), 9L));

        ProtectedTable protectedTable = Disclosure.protect(table, 5);

        assertThat(protectedTable.primary()).containsExactly(List.of("phone"));
        assertThat(protectedTable.secondary()).containsExactly(List.of("email"));
    }

    @Test
    void aSmallTotalIsWithheldWithItsOnlyNonZeroPartWhileItsZerosStayShown() {
        Dimension sex = Dimension.flat("sex", List.of("female", "male", "other"));
        CountTable table = Tables.withTotals(
                List.of(sex), Map.of(List.of("female"), 0L, List.of("male"), 2L, List.of("other"), 0L));

        ProtectedTable protectedTable = Disclosure.protect(table, 5);

        assertThat(protectedTable.primary()).containsExactlyInAnyOrder(List.of("male"), List.of("_T"));
        assertThat(protectedTable.secondary()).isEmpty();
        assertThat(protectedTable.published(List.of("female"))).contains(0L);
    }

    @Test
    void aSmallMonthIsWithheldWithAnotherMonthOfItsQuarterWhileQuartersAndTheYearAreShown() {
        Dimension period = Dimension.calendarYear(2026);
        Map<List<String>, Long> months = new HashMap<>();
        Tables.leaves(period).forEach(month -> months.put(List.of(month), 10L));
        months.put(List.of("2026-01"), 2L);

        ProtectedTable protectedTable = Disclosure.protect(Tables.withTotals(List.of(period), months), 5);

        assertThat(protectedTable.primary()).containsExactly(List.of("2026-01"));
        assertThat(protectedTable.secondary()).containsExactly(List.of("2026-02"));
        assertThat(protectedTable.published(List.of("2026-Q1"))).contains(22L);
        assertThat(protectedTable.published(List.of("2026"))).contains(112L);
    }

    @Test
    void aWithheldCellBridgingTwoWithheldBlocksIsProtectedByWithholdingMore() {
        // Rows and columns 1-2 and 3-4 each form a block of small cells; (r1, c3) links them. Every row and column has
        // two withheld cells or more, so no single sum gives a cell away, but adding and subtracting four of them
        // gives (r1, c3): only the check over all sums together finds it.
        Dimension rows = Dimension.flat("row", List.of("r1", "r2", "r3", "r4"));
        Dimension columns = Dimension.flat("column", List.of("c1", "c2", "c3", "c4"));
        Map<List<String>, Long> finest = new HashMap<>();
        Tables.finestCells(List.of(rows, columns)).forEach(cell -> finest.put(cell, 50L));
        for (List<String> small : List.of(
                List.of("r1", "c1"),
                List.of("r1", "c2"),
                List.of("r2", "c1"),
                List.of("r2", "c2"),
                List.of("r3", "c3"),
                List.of("r3", "c4"),
                List.of("r4", "c3"),
                List.of("r4", "c4"),
                List.of("r1", "c3"))) {
            finest.put(small, 2L);
        }

        ProtectedTable protectedTable = Disclosure.protect(Tables.withTotals(List.of(rows, columns), finest), 5);

        assertThat(protectedTable.primary()).hasSize(9);
        assertThat(protectedTable.secondary()).isNotEmpty();
        assertThat(WorkedOutCells.in(protectedTable)).isEmpty();
    }

    @Test
    void theIndependentCheckFindsASmallCountLeftAloneInItsRow() {
        CountTable table = Tables.withTotals(
                List.of(A, B),
                Map.of(
                        List.of("a1", "b1"), 3L,
                        List.of("a1", "b2"), 10L,
                        List.of("a2", "b1"), 12L,
                        List.of("a2", "b2"), 20L));
        ProtectedTable onlySmallOnes =
                new ProtectedTable(table.dimensions(), table.counts(), Set.of(List.of("a1", "b1")), Set.of());

        assertThat(WorkedOutCells.in(onlySmallOnes)).containsExactly("[a1, b1]");
    }

    @Test
    void theSameTableAlwaysGivesTheSamePattern() {
        CountTable table = Tables.withTotals(
                List.of(A, B),
                Map.of(
                        List.of("a1", "b1"), 3L,
                        List.of("a1", "b2"), 3L,
                        List.of("a2", "b1"), 12L,
                        List.of("a2", "b2"), 1L));

        assertThat(Disclosure.protect(table, 5)).isEqualTo(Disclosure.protect(table, 5));
    }

    @Test
    void rareCodesAreThoseCountingFewerThanTheMinimumButNotNobody() {
        assertThat(Disclosure.rareCodes(Map.of("BE", 40L, "FR", 3L, "DE", 1L, "LU", 0L, "NL", 7L), 5))
                .containsExactly("DE", "FR");
    }

    @Test
    void aSingleRareCodeTakesTheNextSmallestWithItSoThatOtherIsNotOneCategory() {
        assertThat(Disclosure.rareCodes(Map.of("BE", 40L, "FR", 3L, "NL", 7L, "DE", 7L, "_T", 57L), 5))
                .containsExactly("DE", "FR");
    }

    @Test
    void withoutRareCodesNothingIsMerged() {
        assertThat(Disclosure.rareCodes(Map.of("BE", 40L, "FR", 5L), 5)).isEmpty();
    }
}
