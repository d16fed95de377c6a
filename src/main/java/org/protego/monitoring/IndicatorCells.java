package org.protego.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator's figures as published, withheld cells included: what the API answers as JSON, CSV and SDMX-CSV, what
 * the pages chart, and what the annual report freezes.
 *
 * @param version the definition version the figures were computed with
 * @param unit what a value counts or measures, such as {@code number}, {@code hours} or {@code percent}
 * @param to the last day counted, inclusive
 * @param by the dimensions the figures are broken down by, in order, without the period
 * @param minimumCount the smallest count published; smaller ones are withheld
 * @param cutOff only what monitoring recorded before this instant is counted, so the figures can be recomputed
 */
record IndicatorCells(
        String indicator,
        int version,
        String unit,
        LocalDate from,
        LocalDate to,
        PeriodKind period,
        List<String> by,
        int minimumCount,
        Instant cutOff,
        List<Cell> cells) {

    IndicatorCells {
        by = List.copyOf(by);
        cells = List.copyOf(cells);
    }

    /**
     * One published figure.
     *
     * @param period the period's code: {@code 2026}, {@code 2026-Q1} or {@code 2026-01}
     * @param codes one code per dimension of {@code by}, in order; {@code _T} for a dimension's total
     * @param value the figure, or {@code null} when it is withheld
     */
    record Cell(String period, List<String> codes, BigDecimal value, boolean suppressed) {

        Cell {
            codes = List.copyOf(codes);
            if (suppressed != (value == null)) {
                throw new IllegalArgumentException("A cell is withheld exactly when it has no value");
            }
        }
    }
}
