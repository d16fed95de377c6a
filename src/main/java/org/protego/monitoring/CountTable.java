package org.protego.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The counts of a linked set of tables that share their dimensions and margins, such as every breakdown of one
 * indicator in one calendar year. Each key holds one code per dimension, in the order of {@link #dimensions}; a
 * dimension a table does not break down holds its total there, so a cell shared by two tables is one cell.
 */
record CountTable(List<Dimension> dimensions, Map<List<String>, Long> counts) {

    CountTable {
        dimensions = List.copyOf(dimensions);
        counts = Map.copyOf(counts);
    }
}
