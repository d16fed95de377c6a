package org.protego.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An indicator's figures as plain JSON values, the shape the API answers and the annual report freezes: a withheld
 * cell is {@code "value": null, "suppressed": true}, whether it is small or withheld to protect a small one.
 */
final class IndicatorJson {

    private IndicatorJson() {}

    /** The figures, each cell naming its code for every dimension of {@code by}, in that order. */
    static Map<String, Object> of(IndicatorCells figures, List<String> by) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", figures.indicator());
        json.put("version", figures.version());
        json.put("unit", figures.unit());
        json.put("from", figures.from().toString());
        json.put("to", figures.to().toString());
        json.put("period", figures.period().name().toLowerCase(Locale.ROOT));
        json.put("by", List.copyOf(by));
        json.put("minimumCount", figures.minimumCount());
        json.put("cutOff", figures.cutOff() == null ? null : figures.cutOff().toString());
        List<Map<String, Object>> cells = new ArrayList<>();
        for (IndicatorCells.Cell cell : figures.cells()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", cell.period());
            for (int i = 0; i < by.size(); i++) {
                row.put(by.get(i), cell.codes().get(i));
            }
            row.put("value", cell.value());
            row.put("suppressed", cell.suppressed());
            cells.add(row);
        }
        json.put("cells", cells);
        return json;
    }
}
