package org.protego.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a {@link CountTable} in a fixed order, and the sums that bind them: for each dimension, each code that
 * others add up to, and each way of fixing the other coordinates, the total's cell and its parts' cells form a line
 * when all of them are in the table. Anyone reading published figures knows these sums, so they are what a withheld
 * cell could be worked out from.
 *
 * <p>Cells are numbered in the order of their keys, each code ranked by its position in its dimension, so that the
 * numbering, the lines and every choice made from them do not depend on the order the counts came in.
 */
final class AdditivityLines {

    private final List<List<String>> cells;
    private final long[] counts;
    /** Each line is its total's cell followed by its parts' cells, parts in the order of their codes. */
    private final int[][] lines;

    private final int[][] linesOfCell;

    private AdditivityLines(List<List<String>> cells, long[] counts, int[][] lines) {
        this.cells = cells;
        this.counts = counts;
        this.lines = lines;
        int[] perCell = new int[cells.size()];
        for (int[] line : lines) {
            for (int cell : line) {
                perCell[cell]++;
            }
        }
        linesOfCell = new int[cells.size()][];
        for (int cell = 0; cell < perCell.length; cell++) {
            linesOfCell[cell] = new int[perCell[cell]];
            perCell[cell] = 0;
        }
        for (int line = 0; line < lines.length; line++) {
            for (int cell : lines[line]) {
                linesOfCell[cell][perCell[cell]++] = line;
            }
        }
    }

    static AdditivityLines of(CountTable table) {
        List<Dimension> dimensions = table.dimensions();
        List<Map<String, Integer>> ranks = new ArrayList<>();
        List<Map<String, List<String>>> partsOf = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            Map<String, Integer> rank = new HashMap<>();
            Map<String, List<String>> parts = new LinkedHashMap<>();
            dimension.parentOf().forEach((code, parent) -> {
                rank.put(code, rank.size());
                if (parent != null) {
                    parts.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
                }
            });
            ranks.add(rank);
            partsOf.add(parts);
        }
        table.counts().forEach((key, count) -> {
            if (key.size() != dimensions.size()) {
                throw new IllegalArgumentException(
                        "The cell " + key + " does not have one code for each of " + dimensions.size() + " dimensions");
            }
            for (int d = 0; d < key.size(); d++) {
                if (!ranks.get(d).containsKey(key.get(d))) {
                    throw new IllegalArgumentException("The cell " + key + " has a code that the dimension "
                            + dimensions.get(d).name() + " does not have");
                }
            }
            if (count == null || count < 0) {
                throw new IllegalArgumentException("The cell " + key + " has no count or a negative one");
            }
        });

        Comparator<List<String>> byCodes = (a, b) -> {
            for (int d = 0; d < a.size(); d++) {
                int order =
                        Integer.compare(ranks.get(d).get(a.get(d)), ranks.get(d).get(b.get(d)));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
        List<List<String>> cells = new ArrayList<>(table.counts().keySet());
        cells.sort(byCodes);
        Map<List<String>, Integer> index = new HashMap<>();
        long[] counts = new long[cells.size()];
        for (int cell = 0; cell < cells.size(); cell++) {
            index.put(cells.get(cell), cell);
            counts[cell] = table.counts().get(cells.get(cell));
        }

        List<int[]> lines = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            for (int cell = 0; cell < cells.size(); cell++) {
                List<String> key = cells.get(cell);
                List<String> parts = partsOf.get(d).get(key.get(d));
                if (parts == null) {
                    continue;
                }
                int[] line = new int[parts.size() + 1];
                line[0] = cell;
                boolean complete = true;
                for (int p = 0; p < parts.size() && complete; p++) {
                    List<String> partKey = new ArrayList<>(key);
                    partKey.set(d, parts.get(p));
                    Integer part = index.get(partKey);
                    complete = part != null;
                    line[p + 1] = complete ? part : -1;
                }
                if (complete) {
                    lines.add(line);
                }
            }
        }
        return new AdditivityLines(List.copyOf(cells), counts, lines.toArray(int[][]::new));
    }

    int cellCount() {
        return cells.size();
    }

    List<String> key(int cell) {
        return cells.get(cell);
    }

    long count(int cell) {
        return counts[cell];
    }

    int lineCount() {
        return lines.length;
    }

    /** The line's cells: its total first, then its parts. */
    int[] line(int line) {
        return lines[line];
    }

    /** The lines a cell is in, as their total or as one of their parts, in the lines' order. */
    int[] linesOf(int cell) {
        return linesOfCell[cell];
    }
}
