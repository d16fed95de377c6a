package org.protego.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What may be published of a {@link CountTable}: every cell's count, except the withheld ones. Published, a withheld
 * cell looks the same whatever the reason, because telling primary from secondary would tell which ones are small.
 *
 * @param primary the cells withheld because they count fewer than the minimum
 * @param secondary the cells withheld so that the primary ones cannot be worked out from totals and differences
 */
record ProtectedTable(
        List<Dimension> dimensions,
        Map<List<String>, Long> counts,
        Set<List<String>> primary,
        Set<List<String>> secondary) {

    ProtectedTable {
        dimensions = List.copyOf(dimensions);
        counts = Map.copyOf(counts);
        primary = Set.copyOf(primary);
        secondary = Set.copyOf(secondary);
    }

    boolean withheld(List<String> cell) {
        return primary.contains(cell) || secondary.contains(cell);
    }

    /** The count that may be published for a cell, or nothing when it is withheld or not in the table. */
    Optional<Long> published(List<String> cell) {
        return withheld(cell) ? Optional.empty() : Optional.ofNullable(counts.get(cell));
    }
}
