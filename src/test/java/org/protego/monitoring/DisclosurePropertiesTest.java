package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class DisclosurePropertiesTest {

    /** A random table: its dimensions, its finest counts, and the smallest count it may publish. */
    record Case(List<Dimension> dimensions, Map<List<String>, Long> finest, int minimumCount) {

        CountTable table() {
            return Tables.withTotals(dimensions, finest);
        }

        @Override
        public String toString() {
            return "k=" + minimumCount + " "
                    + dimensions.stream().map(Dimension::name).toList() + " " + finest;
        }
    }

    @Property(tries = 150)
    void noPublishedCellCountsFewerThanTheMinimumAndMoreThanNobody(@ForAll("tables") Case table) {
        ProtectedTable protectedTable = Disclosure.protect(table.table(), table.minimumCount());

        protectedTable.counts().forEach((cell, count) -> {
            if (count > 0 && count < table.minimumCount()) {
                assertThat(protectedTable.published(cell)).as("%s", cell).isEmpty();
            }
        });
    }

    @Property(tries = 150)
    void noWithheldCellCanBeWorkedOutFromThePublishedOnes(@ForAll("tables") Case table) {
        ProtectedTable protectedTable = Disclosure.protect(table.table(), table.minimumCount());

        assertThat(WorkedOutCells.in(protectedTable)).isEmpty();
    }

    @Property(tries = 60)
    void theSameCountsGiveTheSamePatternWhateverTheirOrder(@ForAll("tables") Case table, @ForAll long seed) {
        List<Map.Entry<List<String>, Long>> shuffled =
                new ArrayList<>(table.table().counts().entrySet());
        Collections.shuffle(shuffled, new Random(seed));
        Map<List<String>, Long> reordered = new LinkedHashMap<>();
        shuffled.forEach(entry -> reordered.put(entry.getKey(), entry.getValue()));

        assertThat(Disclosure.protect(new CountTable(table.dimensions(), reordered), table.minimumCount()))
                .isEqualTo(Disclosure.protect(table.table(), table.minimumCount()));
    }

    @Property(tries = 60)
    void aTableWithoutSmallCountsWithholdsNothing(@ForAll("tablesWithoutSmallCounts") Case table) {
        ProtectedTable protectedTable = Disclosure.protect(table.table(), table.minimumCount());

        assertThat(protectedTable.primary()).isEmpty();
        assertThat(protectedTable.secondary()).isEmpty();
    }

    @Provide
    Arbitrary<Case> tables() {
        return Arbitraries.oneOf(flatTables(), yearTables());
    }

    @Provide
    Arbitrary<Case> tablesWithoutSmallCounts() {
        return flatDimensions(1, 3, 6)
                .flatMap(dimensions -> Combinators.combine(
                                finest(
                                        dimensions,
                                        Arbitraries.frequencyOf(
                                                Tuple.of(1, Arbitraries.just(0L)),
                                                Tuple.of(3, Arbitraries.longs().between(5, 60)))),
                                Arbitraries.just(5))
                        .as((finest, k) -> new Case(dimensions, finest, k)));
    }

    private Arbitrary<Case> flatTables() {
        return flatDimensions(1, 3, 6)
                .flatMap(dimensions -> Combinators.combine(finest(dimensions, skewedCounts()), Arbitraries.of(3, 5))
                        .as((finest, k) -> new Case(dimensions, finest, k)));
    }

    /** A calendar year of months, crossed with up to two small flat dimensions. */
    private Arbitrary<Case> yearTables() {
        return flatDimensions(0, 2, 3).flatMap(flat -> {
            List<Dimension> dimensions = new ArrayList<>(flat);
            dimensions.add(0, Dimension.calendarYear(2026));
            return Combinators.combine(finest(dimensions, skewedCounts()), Arbitraries.of(3, 5))
                    .as((finest, k) -> new Case(List.copyOf(dimensions), finest, k));
        });
    }

    /** Counts mostly from 0 to 6, so that small cells are common, with a few larger ones. */
    private static Arbitrary<Long> skewedCounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 6)),
                Tuple.of(1, Arbitraries.longs().between(7, 60)));
    }

    private static Arbitrary<List<Dimension>> flatDimensions(int fewest, int most, int mostCodes) {
        return Arbitraries.integers()
                .between(2, mostCodes)
                .list()
                .ofMinSize(fewest)
                .ofMaxSize(most)
                .map(sizes -> {
                    List<Dimension> dimensions = new ArrayList<>();
                    for (int d = 0; d < sizes.size(); d++) {
                        List<String> codes = new ArrayList<>();
                        for (int c = 0; c < sizes.get(d); c++) {
                            codes.add("d" + d + "c" + c);
                        }
                        dimensions.add(Dimension.flat("d" + d, codes));
                    }
                    return List.copyOf(dimensions);
                });
    }

    private static Arbitrary<Map<List<String>, Long>> finest(List<Dimension> dimensions, Arbitrary<Long> counts) {
        List<List<String>> cells = Tables.finestCells(dimensions);
        return counts.list().ofSize(cells.size()).map(values -> {
            Map<List<String>, Long> finest = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                finest.put(cells.get(i), values.get(i));
            }
            return finest;
        });
    }
}
