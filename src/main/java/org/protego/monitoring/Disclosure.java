package org.protego.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Disclosure control for every figure monitoring publishes, on pages, in the API, in CSV, SDMX and the annual report.
 */
final class Disclosure {

    private Disclosure() {}

    /**
     * The table with every count from 1 to {@code minimumCount - 1} withheld, and enough other cells withheld that no
     * withheld count can be worked out from the published ones. The same table always gives the same result.
     */
    static ProtectedTable protect(CountTable table, int minimumCount) {
        Set<List<String>> primary = new HashSet<>();
        table.counts().forEach((cell, count) -> {
            if (count > 0 && count < minimumCount) {
                primary.add(cell);
            }
        });
        // Secondary suppression is being built (issue 11, part 1); until then only small counts are withheld.
        return new ProtectedTable(table.dimensions(), table.counts(), primary, Set.of());
    }
}
