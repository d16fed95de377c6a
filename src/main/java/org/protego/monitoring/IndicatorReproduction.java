package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Computes the indicator tables frozen in an annual report again, each with the definition version and cut-off it
 * names, so that a published figure can be shown to come from the stored definitions and the facts recorded then.
 */
@Component
class IndicatorReproduction {

    private final IndicatorDefinitions definitions;
    private final IndicatorQuery query;

    IndicatorReproduction(IndicatorDefinitions definitions, IndicatorQuery query) {
        this.definitions = definitions;
        this.query = query;
    }

    /**
     * The tables of a snapshot's {@code indicators} part that do not come out the same when computed again, each
     * named as {@code code vVersion from..to period by}; empty when every figure reproduces.
     */
    List<String> differing(JsonNode indicators) {
        List<String> differing = new ArrayList<>();
        for (String part : List.of("tables", "previousYear")) {
            for (JsonNode table : indicators.path(part)) {
                if (!reproduces(table)) {
                    differing.add(name(table));
                }
            }
        }
        return differing;
    }

    private boolean reproduces(JsonNode table) {
        Optional<IndicatorDefinition> definition = definitions.find(
                table.path("indicator").asString(), table.path("version").asInt());
        if (definition.isEmpty()) {
            return false;
        }
        List<String> by = new ArrayList<>();
        table.path("by").forEach(dimension -> by.add(dimension.asString()));
        var request = new IndicatorRequest(
                LocalDate.parse(table.path("from").asString()),
                LocalDate.parse(table.path("to").asString()),
                PeriodKind.valueOf(table.path("period").asString().toUpperCase(Locale.ROOT)),
                by);
        IndicatorCells again = query.cells(
                definition.get(), request, Instant.parse(table.path("cutOff").asString()));
        return AnnualReportJson.canonical(IndicatorJson.of(again, by)).equals(AnnualReportJson.canonical(table));
    }

    private static String name(JsonNode table) {
        return table.path("indicator").asString() + " v" + table.path("version").asInt() + " "
                + table.path("from").asString() + ".." + table.path("to").asString() + " "
                + table.path("period").asString() + " by " + table.path("by");
    }
}
