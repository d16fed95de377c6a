package org.protego.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The indicator pages of monitoring: the definitions, and one indicator's table, which work without JavaScript. */
@Controller
class IndicatorPageController {

    /** One line of the table: the period, a code per breakdown, and the figure or the withheld mark. */
    /** A row of the table, each code of a breakdown in words. */
    record Line(String period, List<String> labels, String value, boolean withheld) {}

    private final IndicatorFigures indicators;
    private final IndicatorDownloads downloads;
    private final MessageSource messages;

    IndicatorPageController(IndicatorFigures indicators, IndicatorDownloads downloads, MessageSource messages) {
        this.indicators = indicators;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/staff/monitoring/indicators")
    String definitions(Model model) {
        model.addAttribute("definitions", indicators.definitions());
        return "monitoring/indicators";
    }

    @GetMapping("/staff/monitoring/indicators/{code}")
    String indicator(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String by1,
            @RequestParam(required = false) String by2,
            @RequestParam(required = false) String version,
            Locale locale,
            Model model) {
        IndicatorDefinition definition = indicators.definition(code, version);
        List<String> by = new ArrayList<>();
        for (String dimension : new String[] {by1, by2}) {
            if (dimension != null && !dimension.isBlank() && !by.contains(dimension)) {
                by.add(dimension);
            }
        }
        IndicatorCells figures = indicators.figures(code, version, from, to, period, String.join(",", by), null);
        List<Line> lines = figures.cells().stream()
                .map(cell -> new Line(
                        cell.period(),
                        labels(figures.by(), cell.codes(), locale),
                        cell.suppressed()
                                ? "<" + figures.minimumCount()
                                : cell.value().toPlainString(),
                        cell.suppressed()))
                .toList();
        String query = UriComponentsBuilder.newInstance()
                .queryParam("from", figures.from())
                .queryParam("to", figures.to())
                .queryParam("period", figures.period().name().toLowerCase())
                .queryParam("by", String.join(",", figures.by()))
                .queryParam("version", figures.version())
                .build()
                .toUriString();
        model.addAttribute("definition", definition);
        model.addAttribute("figures", figures);
        model.addAttribute("lines", lines);
        model.addAttribute("by1", figures.by().isEmpty() ? "" : figures.by().get(0));
        model.addAttribute("by2", figures.by().size() < 2 ? "" : figures.by().get(1));
        model.addAttribute("downloadQuery", query);
        String title = messages.getMessage(definition.titleKey(), null, definition.code(), locale);
        model.addAttribute(
                "chart",
                IndicatorChart.of(figures, title, shown -> label(by.isEmpty() ? "" : by.get(0), shown, locale)));
        return "monitoring/indicator";
    }

    private List<String> labels(List<String> dimensions, List<String> codes, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            labels.add(label(dimensions.get(i), codes.get(i), locale));
        }
        return labels;
    }

    /** A code in words where the report's vocabulary has them (totals, sexes, answers), otherwise the code itself. */
    private String label(String dimension, String code, Locale locale) {
        if (code.startsWith("_")) {
            return messages.getMessage("monitoring.code." + code, null, code, locale);
        }
        return messages.getMessage("annualReport.code." + dimension + "." + code, null, code, locale);
    }

    @GetMapping("/staff/monitoring/indicators/{code}/figures.csv")
    ResponseEntity<String> figuresAsCsv(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String version) {
        return downloads.csv(indicators.figures(code, version, from, to, period, by, null));
    }

    @GetMapping("/staff/monitoring/indicators/{code}/figures.sdmx.csv")
    ResponseEntity<String> figuresAsSdmx(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String version) {
        return downloads.sdmx(
                indicators.figures(code, version, from, to, period, by, null), indicators.definition(code, version));
    }
}
