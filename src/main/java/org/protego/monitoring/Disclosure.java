package org.protego.monitoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Disclosure control for every figure monitoring publishes, on pages, in the API, in CSV, SDMX and the annual report.
 *
 * <p>Counts from 1 to k−1 are withheld (primary suppression; zeros count nobody and are shown). Then, as the ESS
 * Handbook on Statistical Disclosure Control (ch. 5) and Statistics Norway's GaussSuppression do, more cells are
 * withheld until no withheld count can be worked out by adding and subtracting published ones along the table's sums
 * (secondary suppression). A count that is not additive, such as children counted once under each of their forms of
 * exploitation, is treated as additive anyway: that can only withhold more.
 */
final class Disclosure {

    /** The code a dimension's rare categories are merged into, as in SDMX. */
    static final String OTHER = "_O";

    private Disclosure() {}

    /**
     * The table with every count from 1 to {@code minimumCount - 1} withheld, and enough other cells withheld that no
     * withheld count can be worked out from the published ones. The same table always gives the same result.
     */
    static ProtectedTable protect(CountTable table, int minimumCount) {
        AdditivityLines lines = AdditivityLines.of(table);
        var suppression = new Suppression(lines);
        for (int cell = 0; cell < lines.cellCount(); cell++) {
            long count = lines.count(cell);
            if (count > 0 && count < minimumCount) {
                suppression.withhold(cell);
            }
        }
        boolean[] primary = suppression.withheld.clone();
        suppression.run();

        Set<List<String>> primaryCells = new HashSet<>();
        Set<List<String>> secondaryCells = new HashSet<>();
        for (int cell = 0; cell < lines.cellCount(); cell++) {
            if (primary[cell]) {
                primaryCells.add(lines.key(cell));
            } else if (suppression.withheld[cell]) {
                secondaryCells.add(lines.key(cell));
            }
        }
        return new ProtectedTable(table.dimensions(), table.counts(), primaryCells, secondaryCells);
    }

    /**
     * The codes of one dimension to merge into {@value #OTHER} before its table is built, because their yearly total
     * counts from 1 to {@code minimumCount - 1} (ESS Handbook, table redesign): a category that small would be
     * withheld in every cell and take others with it. When only one code is that small, the next smallest joins it,
     * so that "other" is not that one category under another name. The total and "other" themselves are never
     * merged, and a code that counts nobody is shown as it is.
     */
    static Set<String> rareCodes(Map<String, Long> totalsByCode, int minimumCount) {
        Comparator<Map.Entry<String, Long>> smallestFirst =
                Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey());
        List<Map.Entry<String, Long>> candidates = totalsByCode.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(Dimension.TOTAL)
                        && !entry.getKey().equals(OTHER))
                .filter(entry -> entry.getValue() > 0)
                .sorted(smallestFirst)
                .toList();
        Set<String> rare = new TreeSet<>();
        for (Map.Entry<String, Long> entry : candidates) {
            if (entry.getValue() < minimumCount) {
                rare.add(entry.getKey());
            }
        }
        if (rare.size() == 1 && totalsByCode.getOrDefault(OTHER, 0L) == 0 && candidates.size() > 1) {
            rare.add(candidates.get(1).getKey());
        }
        return rare;
    }

    /** The withheld cells of one table as secondary suppression goes on, and the rules choosing the next one. */
    private static final class Suppression {

        private final AdditivityLines lines;
        private final boolean[] withheld;
        private final int[] withheldInLine;
        private final Deque<Integer> linesWithOne = new ArrayDeque<>();

        Suppression(AdditivityLines lines) {
            this.lines = lines;
            this.withheld = new boolean[lines.cellCount()];
            this.withheldInLine = new int[lines.lineCount()];
        }

        void withhold(int cell) {
            if (withheld[cell]) {
                return;
            }
            withheld[cell] = true;
            for (int line : lines.linesOf(cell)) {
                if (++withheldInLine[line] == 1) {
                    linesWithOne.add(line);
                }
            }
        }

        /** Withholds more cells until none withheld can be worked out. */
        void run() {
            while (true) {
                completeLinesWithOneWithheld();
                int[] derivable = DerivableCells.find(lines, withheld);
                if (derivable.length == 0) {
                    return;
                }
                // Cells worked out together usually share a line; one new cell on it may protect them all, so a
                // cell whose line already got one this round waits for the next check.
                Set<Integer> linesChanged = new HashSet<>();
                int added = 0;
                for (int cell : derivable) {
                    if (sharesLine(cell, linesChanged)) {
                        continue;
                    }
                    int[] choice = partnerFor(cell);
                    if (choice == null) {
                        continue;
                    }
                    withhold(choice[1]);
                    linesChanged.add(choice[0]);
                    added++;
                }
                if (added == 0) {
                    // Every cell of their lines is withheld already; nothing more can be done, and the checks of
                    // the tests would show it.
                    return;
                }
            }
        }

        /** Rule (a): a line with exactly one withheld cell would give it away as the difference of the others. */
        private void completeLinesWithOneWithheld() {
            while (!linesWithOne.isEmpty()) {
                int line = linesWithOne.poll();
                if (withheldInLine[line] != 1) {
                    continue;
                }
                int alone = -1;
                for (int cell : lines.line(line)) {
                    if (withheld[cell]) {
                        alone = cell;
                    }
                }
                int partner = choose(line, alone);
                if (partner >= 0) {
                    withhold(partner);
                }
            }
        }

        private boolean sharesLine(int cell, Set<Integer> linesChanged) {
            for (int line : lines.linesOf(cell)) {
                if (linesChanged.contains(line)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A published cell to withhold with a cell that can be worked out, and the line they share: on the cell's
         * first line that has one, else on the nearest line reached through other withheld cells.
         */
        private int[] partnerFor(int cell) {
            Deque<Integer> cells = new ArrayDeque<>(List.of(cell));
            Set<Integer> seenCells = new HashSet<>(List.of(cell));
            Set<Integer> seenLines = new HashSet<>();
            while (!cells.isEmpty()) {
                int next = cells.poll();
                List<Integer> reached = new ArrayList<>();
                for (int line : lines.linesOf(next)) {
                    if (!seenLines.add(line)) {
                        continue;
                    }
                    int choice = choose(line, next);
                    if (choice >= 0) {
                        return new int[] {line, choice};
                    }
                    for (int other : lines.line(line)) {
                        if (withheld[other] && seenCells.add(other)) {
                            reached.add(other);
                        }
                    }
                }
                cells.addAll(reached);
            }
            return null;
        }

        /**
         * The published cell of a line to withhold with {@code with}: its smallest non-zero part (ties: the lowest
         * key, codes ranked as their dimension lists them), else its smallest part, else, when the line has no other
         * published part, its total; -1 when the line
         * has no published cell.
         */
        private int choose(int line, int with) {
            int[] cells = lines.line(line);
            int smallestNonZero = -1;
            int smallest = -1;
            for (int position = 1; position < cells.length; position++) {
                int part = cells[position];
                if (part == with || withheld[part]) {
                    continue;
                }
                if (lines.count(part) > 0 && (smallestNonZero < 0 || smaller(part, smallestNonZero))) {
                    smallestNonZero = part;
                }
                if (smallest < 0 || smaller(part, smallest)) {
                    smallest = part;
                }
            }
            if (smallestNonZero >= 0) {
                return smallestNonZero;
            }
            if (smallest >= 0) {
                return smallest;
            }
            int total = cells[0];
            return total != with && !withheld[total] ? total : -1;
        }

        private boolean smaller(int a, int b) {
            return lines.count(a) < lines.count(b) || (lines.count(a) == lines.count(b) && a < b);
        }
    }
}
