package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The indicators of the annual report: for every indicator in effect, its year by year, by each dimension and by
 * month, and the same tables of the year before computed with the same definition version, so that the comparison
 * measures the same thing. Everything is counted from facts recorded before the cut-off, so it can be recomputed.
 */
@Component("indicators")
class IndicatorSnapshotSection implements SnapshotSection {

    private final IndicatorDefinitions definitions;
    private final IndicatorQuery query;

    IndicatorSnapshotSection(IndicatorDefinitions definitions, IndicatorQuery query) {
        this.definitions = definitions;
        this.query = query;
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public Object snapshot(int year, Instant cutOff) {
        List<Map<String, Object>> described = new ArrayList<>();
        List<Map<String, Object>> tables = new ArrayList<>();
        List<Map<String, Object>> previousYear = new ArrayList<>();
        for (IndicatorDefinition definition : definitions.current()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", definition.code());
            json.put("version", definition.version());
            json.put("title", definition.titleKey());
            json.put("unit", definition.unit());
            json.put("sha256", definition.sha256());
            described.add(json);
            tables.addAll(tablesOf(definition, year, cutOff));
            previousYear.addAll(tablesOf(definition, year - 1, cutOff));
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("definitions", described);
        snapshot.put("tables", tables);
        snapshot.put("previousYear", previousYear);
        return snapshot;
    }

    private List<Map<String, Object>> tablesOf(IndicatorDefinition definition, int year, Instant cutOff) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<IndicatorRequest> requests = new ArrayList<>();
        requests.add(new IndicatorRequest(from, to, PeriodKind.YEAR, List.of()));
        definition
                .dimensions()
                .forEach(
                        dimension -> requests.add(new IndicatorRequest(from, to, PeriodKind.YEAR, List.of(dimension))));
        requests.add(new IndicatorRequest(from, to, PeriodKind.MONTH, List.of()));
        return requests.stream()
                .map(request -> IndicatorJson.of(query.cells(definition, request, cutOff), request.by()))
                .toList();
    }
}
