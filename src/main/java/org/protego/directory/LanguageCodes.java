package org.protego.directory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Language codes as the directory compares them: ISO 639-1 where the language has one, as cases record them, so that
 * a service that gives the three-letter code ({@code ara}) fits a child recorded with the two-letter one ({@code ar}).
 */
final class LanguageCodes {

    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private static final Map<String, String> TWO_LETTER = Map.ofEntries(
            Map.entry("ara", "ar"),
            Map.entry("eng", "en"),
            Map.entry("fra", "fr"),
            Map.entry("fre", "fr"),
            Map.entry("spa", "es"),
            Map.entry("por", "pt"),
            Map.entry("rus", "ru"),
            Map.entry("zho", "zh"),
            Map.entry("chi", "zh"),
            Map.entry("tha", "th"),
            Map.entry("fas", "fa"),
            Map.entry("per", "fa"),
            Map.entry("pus", "ps"),
            Map.entry("urd", "ur"),
            Map.entry("hin", "hi"),
            Map.entry("swa", "sw"),
            Map.entry("tur", "tr"),
            Map.entry("ukr", "uk"),
            Map.entry("deu", "de"),
            Map.entry("ger", "de"),
            Map.entry("ita", "it"),
            Map.entry("som", "so"),
            Map.entry("tir", "ti"),
            Map.entry("amh", "am"),
            Map.entry("kur", "ku"),
            Map.entry("ben", "bn"),
            Map.entry("vie", "vi"));

    private LanguageCodes() {}

    /** The code as the directory keeps it, or empty if it is not a language code. */
    static Optional<String> normalised(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(lower).matches()) {
            return Optional.empty();
        }
        return Optional.of(TWO_LETTER.getOrDefault(lower, lower));
    }
}
