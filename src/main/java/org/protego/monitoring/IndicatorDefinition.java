package org.protego.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of an indicator's definition, as stored: what it counts or measures, the dimensions it may be broken
 * down by and the frozen parameters it was computed with, so that a figure published with it can be recomputed.
 *
 * @param titleKey the message key of its title
 * @param measure {@code count}, or {@code percentile} of the facts' hours (parameter {@code percentile})
 * @param countryConcept what the {@code country} dimension means for it: nationality, hosting country, ...
 * @param factKinds the kinds of facts it reads
 * @param parameters frozen when the version was first stored, such as the guardian limit
 * @param sha256 the SHA-256 of the body as shipped
 */
record IndicatorDefinition(
        String code,
        int version,
        String titleKey,
        String unit,
        String measure,
        List<String> dimensions,
        String countryConcept,
        List<String> factKinds,
        Map<String, Object> parameters,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String sha256) {

    IndicatorDefinition {
        dimensions = List.copyOf(dimensions);
        factKinds = List.copyOf(factKinds);
        parameters = Map.copyOf(parameters);
    }

    boolean isPercentile() {
        return "percentile".equals(measure);
    }

    /** The percentile a percentile indicator gives, as a fraction: 0.5 for the median. */
    double percentile() {
        return ((Number) parameters.getOrDefault("percentile", 50)).doubleValue() / 100.0;
    }

    /** The longest a duration may be and still count, in hours, when the definition has such a limit. */
    Double maximumHours() {
        Object limit = parameters.get("guardianLimit");
        return limit == null ? null : java.time.Duration.parse(limit.toString()).toMillis() / 3_600_000.0;
    }

    /** What the country dimension means: {@code report}, {@code hosting} or {@code nationality}. */
    public String countryMeaning() {
        return switch (kind()) {
            case Fact.REPORT_RECEIVED -> "report";
            case Fact.URL_ASSESSED, Fact.REMOVAL_CONFIRMED -> "hosting";
            default -> "nationality";
        };
    }

    String kind() {
        return factKinds.get(0);
    }
}
