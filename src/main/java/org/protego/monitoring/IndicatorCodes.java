package org.protego.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The dimensions indicators are broken down by, shared by every indicator, the API and the exports: each one's name,
 * the column of the facts it reads, and the codes it always shows (zeros included), in order.
 */
final class IndicatorCodes {

    /** A value the event did not carry. */
    static final String UNKNOWN = "_U";

    /** Categories too small to show on their own, merged. */
    static final String OTHER = "_O";

    static final String COUNTRY = "country";
    static final String FORM = "form";

    /**
     * The column of monitoring_fact and monitoring_monthly each dimension reads. Children's feedback keeps its two
     * answers in columns no other dimension of its indicator uses.
     */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("sex", "sex"),
            Map.entry("ageBand", "age_band"),
            Map.entry(FORM, "form"),
            Map.entry(COUNTRY, "country"),
            Map.entry("category", "category"),
            Map.entry("channel", "channel"),
            Map.entry("outcome", "outcome"),
            Map.entry("sector", "sector"),
            Map.entry("need", "need"),
            Map.entry("recommend", "outcome"),
            Map.entry("feltSafe", "need"));

    private static final List<String> FORMS = List.of(
            "child_sexual_abuse_material", "grooming", "travel_and_tourism", "prostitution", "trafficking", "other");

    /** The codes shown even when nothing was counted under them; countries show only those counted. */
    static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("sex", List.of("female", "male", "other", "unknown")),
            Map.entry("ageBand", List.of("0-4", "5-9", "10-14", "15-17", "18+")),
            Map.entry(FORM, FORMS),
            Map.entry(COUNTRY, List.of()),
            Map.entry("category", FORMS),
            Map.entry("channel", List.of("web", "api", "industry", "phone", "chat", "email", "in_person")),
            Map.entry(
                    "outcome",
                    List.of(
                            "csam_baseline",
                            "illegal_national",
                            "not_illegal",
                            "content_unavailable",
                            "other_exploitation_concern")),
            Map.entry(
                    "sector",
                    List.of(
                            "health",
                            "social_welfare",
                            "education",
                            "justice",
                            "law_enforcement",
                            "civil_society",
                            "other")),
            Map.entry("need", List.of()),
            Map.entry("recommend", List.of("yes", "not_sure", "no")),
            Map.entry("feltSafe", List.of("yes", "partly", "no")));

    private IndicatorCodes() {}

    static boolean isDimension(String name) {
        return COLUMNS.containsKey(name);
    }
}
