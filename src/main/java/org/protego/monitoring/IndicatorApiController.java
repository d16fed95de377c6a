package org.protego.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators as JSON, for monitors and administrators. The takedown module answers
 * {@code /api/v1/indicators/takedown} itself (a literal path wins over {@code {code}}), so no indicator is called so.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final IndicatorFigures indicators;
    private final MessageSource messages;
    private final IndicatorDownloads downloads;

    IndicatorApiController(IndicatorFigures indicators, MessageSource messages, IndicatorDownloads downloads) {
        this.indicators = indicators;
        this.messages = messages;
        this.downloads = downloads;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> definitions(Locale locale) {
        return indicators.definitions().stream()
                .map(definition -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("code", definition.code());
                    json.put("version", definition.version());
                    json.put("title", messages.getMessage(definition.titleKey(), null, definition.code(), locale));
                    json.put("unit", definition.unit());
                    json.put("dimensions", definition.dimensions());
                    json.put("effectiveFrom", definition.effectiveFrom().toString());
                    json.put("sha256", definition.sha256());
                    return json;
                })
                .toList();
    }

    @GetMapping(path = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> indicator(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String version) {
        IndicatorCells figures = figures(code, from, to, by, period, version);
        return IndicatorJson.of(figures, figures.by());
    }

    @GetMapping(path = "/{code}", produces = PlainCsvWriter.MEDIA_TYPE)
    ResponseEntity<String> indicatorAsCsv(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String version) {
        return downloads.csv(figures(code, from, to, by, period, version));
    }

    @GetMapping(path = "/{code}", produces = SdmxCsvWriter.MEDIA_TYPE)
    ResponseEntity<String> indicatorAsSdmx(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String version) {
        return downloads.sdmx(figures(code, from, to, by, period, version), indicators.definition(code, version));
    }

    IndicatorCells figures(String code, String from, String to, String by, String period, String version) {
        return indicators.figures(code, version, from, to, period, by, null);
    }
}
