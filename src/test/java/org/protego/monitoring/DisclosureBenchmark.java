package org.protego.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times {@link Disclosure#protect} on a linked system as the indicators build it: a calendar year by month, crossed
 * with every breakdown of at most two of four dimensions (4, 5, 6 and 10 codes, then four of 10 codes), with their
 * totals. Run after
 * {@code mvn -B -ntp -o test-compile} with
 * {@code java -cp target/classes:target/test-classes org.protego.monitoring.DisclosureBenchmark [records...]}.
 */
final class DisclosureBenchmark {

    private static final List<Dimension> FLAT = List.of(
            Dimension.flat("sex", List.of("female", "male", "other", "unknown")),
            Dimension.flat("ageBand", List.of("0-4", "5-9", "10-14", "15-17", "18+")),
            Dimension.flat("form", List.of("csam", "grooming", "travel", "prostitution", "trafficking", "other")),
            Dimension.flat("country", List.of("BE", "FR", "DE", "NL", "LU", "IT", "ES", "PT", "PL", "_O")));

    /** A harder system: four dimensions of ten codes each (10,897 cells). */
    private static final List<Dimension> WIDE = java.util.stream.IntStream.range(0, 4)
            .mapToObj(d -> Dimension.flat(
                    "d" + d,
                    java.util.stream.IntStream.range(0, 10)
                            .mapToObj(c -> "c" + c)
                            .toList()))
            .toList();

    private DisclosureBenchmark() {}

    public static void main(String[] arguments) {
        List<Integer> sizes = arguments.length == 0
                ? List.of(300, 1_000, 3_000, 10_000, 100_000)
                : java.util.Arrays.stream(arguments).map(Integer::valueOf).toList();
        for (List<Dimension> flat : List.of(FLAT, WIDE)) {
            for (int records : sizes) {
                CountTable table = linkedSystem(records, 2026, flat);
                for (int warmUp = 0; warmUp < 5; warmUp++) {
                    Disclosure.protect(table, 5);
                }
                int runs = 20;
                long[] nanos = new long[runs];
                ProtectedTable result = null;
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    result = Disclosure.protect(table, 5);
                    nanos[run] = System.nanoTime() - start;
                }
                java.util.Arrays.sort(nanos);
                long small = table.counts().values().stream()
                        .filter(n -> n > 0 && n < 5)
                        .count();
                System.out.printf(
                        "{\"dimensions\":%d,\"records\":%d,\"cells\":%d,\"small\":%d,\"primary\":%d,\"secondary\":%d,"
                                + "\"median_ms\":%.1f,\"max_ms\":%.1f}%n",
                        flat.stream().mapToInt(d -> d.parentOf().size() - 1).sum(),
                        records,
                        table.counts().size(),
                        small,
                        result.primary().size(),
                        result.secondary().size(),
                        nanos[runs / 2] / 1e6,
                        nanos[runs - 1] / 1e6);
            }
        }
    }

    /** The counts of {@code records} random children over the year, skewed as real registrations are. */
    static CountTable linkedSystem(int records, int year) {
        return linkedSystem(records, year, FLAT);
    }

    static CountTable linkedSystem(int records, int year, List<Dimension> flat) {
        Dimension period = Dimension.calendarYear(year);
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(period);
        dimensions.addAll(flat);
        SplittableRandom random = new SplittableRandom(records);
        Map<List<String>, Long> counts = new HashMap<>();
        for (int r = 0; r < records; r++) {
            int month = 1 + random.nextInt(12);
            String[] codes = new String[flat.size()];
            for (int d = 0; d < flat.size(); d++) {
                List<String> leaves = Tables.leaves(flat.get(d));
                // Geometric skew: the first code is common, the last ones rare.
                int code = 0;
                while (code < leaves.size() - 1 && random.nextInt(3) != 0) {
                    code++;
                }
                codes[d] = leaves.get(code);
            }
            List<String> periods = List.of(
                    String.format("%d-%02d", year, month), year + "-Q" + ((month - 1) / 3 + 1), Integer.toString(year));
            for (String p : periods) {
                for (int mask = 0; mask < 1 << flat.size(); mask++) {
                    if (Integer.bitCount(mask) > 2) {
                        continue;
                    }
                    List<String> key = new ArrayList<>();
                    key.add(p);
                    for (int d = 0; d < flat.size(); d++) {
                        key.add((mask & (1 << d)) != 0 ? codes[d] : Dimension.TOTAL);
                    }
                    counts.merge(key, 1L, Long::sum);
                }
            }
        }
        // Every cell of the system exists, with zero where nobody was counted.
        for (String p : period.parentOf().keySet()) {
            for (int mask = 0; mask < 1 << flat.size(); mask++) {
                if (Integer.bitCount(mask) > 2) {
                    continue;
                }
                List<List<String>> keys = List.of(List.of(p));
                for (int d = 0; d < flat.size(); d++) {
                    List<String> codes = (mask & (1 << d)) != 0 ? Tables.leaves(flat.get(d)) : List.of(Dimension.TOTAL);
                    List<List<String>> longer = new ArrayList<>();
                    for (List<String> prefix : keys) {
                        for (String code : codes) {
                            List<String> next = new ArrayList<>(prefix);
                            next.add(code);
                            longer.add(next);
                        }
                    }
                    keys = longer;
                }
                keys.forEach(key -> counts.putIfAbsent(key, 0L));
            }
        }
        return new CountTable(dimensions, counts);
    }
}
