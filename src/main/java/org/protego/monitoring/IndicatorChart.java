package org.protego.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Chooses the chart that suits an indicator's figures: a line per code of the first breakdown over time when there
 * are several periods, bars per code when there is one. The table beside it always holds every figure.
 */
final class IndicatorChart {

    /** More lines than this cannot be told apart; the table still has them all. */
    static final int MOST_SERIES = 8;

    private IndicatorChart() {}

    /**
     * The chart as SVG.
     *
     * @param label the words for a code of a breakdown, such as "Total" for {@code _T}
     */
    static String of(IndicatorCells figures, String title, UnaryOperator<String> label) {
        String withheld = "<" + figures.minimumCount();
        List<String> periods = figures.cells().stream()
                .map(IndicatorCells.Cell::period)
                .distinct()
                .toList();
        Map<String, List<BigDecimal>> valuesByCode = new LinkedHashMap<>();
        for (IndicatorCells.Cell cell : figures.cells()) {
            if (!restToTotals(cell)) {
                continue;
            }
            String code =
                    cell.codes().isEmpty() ? Dimension.TOTAL : cell.codes().get(0);
            if (!cell.codes().isEmpty() && code.equals(Dimension.TOTAL)) {
                continue;
            }
            List<BigDecimal> values = valuesByCode.computeIfAbsent(code, ignored -> new ArrayList<>());
            values.add(cell.value());
        }
        if (periods.size() > 1) {
            List<SvgCharts.Series> series = valuesByCode.entrySet().stream()
                    .filter(entry -> entry.getValue().size() == periods.size())
                    .limit(MOST_SERIES)
                    .map(entry -> new SvgCharts.Series(label.apply(entry.getKey()), entry.getValue()))
                    .toList();
            return SvgCharts.timeSeries(title, periods, series, withheld);
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        valuesByCode.forEach((code, figuresOfCode) -> {
            labels.add(label.apply(code));
            values.add(figuresOfCode.get(0));
        });
        return SvgCharts.bars(title, labels, values, withheld);
    }

    /** Whether the cell is a total in every breakdown but the first, which is what the chart draws. */
    private static boolean restToTotals(IndicatorCells.Cell cell) {
        return cell.codes().size() < 2
                || cell.codes().subList(1, cell.codes().size()).stream().allMatch(Dimension.TOTAL::equals);
    }
}
