package org.protego.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Count tables for tests: the finest cells given, every total worked out from them. */
final class Tables {

    private Tables() {}

    /** The codes of a dimension that nothing adds up to, in the dimension's order. */
    static List<String> leaves(Dimension dimension) {
        return dimension.parentOf().keySet().stream()
                .filter(code -> !dimension.parentOf().containsValue(code))
                .toList();
    }

    /** A table holding the given finest cells and every total along every dimension, as a linked system has. */
    static CountTable withTotals(List<Dimension> dimensions, Map<List<String>, Long> finest) {
        Map<List<String>, Long> counts = new HashMap<>();
        finest.forEach((cell, count) -> {
            List<List<String>> combinations = List.of(List.of());
            for (int d = 0; d < dimensions.size(); d++) {
                List<List<String>> longer = new ArrayList<>();
                for (String code : withAncestors(dimensions.get(d), cell.get(d))) {
                    for (List<String> prefix : combinations) {
                        List<String> next = new ArrayList<>(prefix);
                        next.add(code);
                        longer.add(next);
                    }
                }
                combinations = longer;
            }
            combinations.forEach(key -> counts.merge(key, count, Long::sum));
        });
        return new CountTable(dimensions, counts);
    }

    /** Every finest cell of the dimensions, in order. */
    static List<List<String>> finestCells(List<Dimension> dimensions) {
        List<List<String>> cells = List.of(List.of());
        for (Dimension dimension : dimensions) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : cells) {
                for (String code : leaves(dimension)) {
                    List<String> next = new ArrayList<>(prefix);
                    next.add(code);
                    longer.add(next);
                }
            }
            cells = longer;
        }
        return cells;
    }

    private static List<String> withAncestors(Dimension dimension, String code) {
        List<String> chain = new ArrayList<>();
        for (String c = code; c != null; c = dimension.parentOf().get(c)) {
            chain.add(c);
        }
        return chain;
    }
}
