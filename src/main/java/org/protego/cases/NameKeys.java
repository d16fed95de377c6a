package org.protego.cases;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The keys a name is found by when it is spelt differently: the trigrams of each part of the name (padded with one
 * space at each end, so that a part's first and last letters count) and, for names in Latin script, their Double
 * Metaphone codes. The keys are stored only as keyed digests, never as text.
 *
 * <p>pg_trgm also pads the start with a second space; that trigram (a blank, a blank and the first letter) is left
 * out, because it stands for the first letter alone and would tie every name starting with it to the searched one.
 */
final class NameKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private NameKeys() {}

    /** The keys of one or more names, for example given and family name; blanks and nulls are skipped. */
    static Set<String> of(String... names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : normalised(name).split(" ")) {
                if (part.isEmpty()) {
                    continue;
                }
                String padded = " " + part + " ";
                int[] codePoints = padded.codePoints().toArray();
                for (int i = 0; i + 3 <= codePoints.length; i++) {
                    keys.add("t:" + new String(codePoints, i, 3));
                }
                if (part.chars().allMatch(c -> c < 128)) {
                    String primary = METAPHONE.doubleMetaphone(part);
                    String alternate = METAPHONE.doubleMetaphone(part, true);
                    if (primary != null && !primary.isEmpty()) {
                        keys.add("p:" + primary);
                    }
                    if (alternate != null && !alternate.isEmpty()) {
                        keys.add("p:" + alternate);
                    }
                }
            }
        }
        return keys;
    }

    /**
     * How many of a search's keys a stored name must share to be found: half of them, and at least two, so that one
     * common syllable does not match everyone while a letter or two spelt differently still does.
     */
    static int keysNeeded(int searchedKeys) {
        return Math.max(2, (searchedKeys + 1) / 2);
    }

    /** Whether a stored name's keys answer a search's keys, by the rule of {@link #keysNeeded}. */
    static boolean matches(Set<String> searched, Set<String> stored) {
        long shared = searched.stream().filter(stored::contains).count();
        return !searched.isEmpty() && shared >= keysNeeded(searched.size());
    }

    /**
     * Lower case, accents and other marks removed (Arabic hamza, madda and vowel signs too), the Arabic letters
     * written interchangeably in names folded into one (ta marbuta as ha, alif maqsura as ya), the Arabic stretching
     * stroke (tatweel) dropped, and anything but
     * letters turned into a space between parts.
     */
    static String normalised(String name) {
        String decomposed = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                .replaceAll("")
                .replace("\u0640", "")
                .replace('\u0629', '\u0647')
                .replace('\u0649', '\u064A')
                .toLowerCase(Locale.ROOT);
        return NOT_LETTERS.matcher(decomposed).replaceAll(" ").trim();
    }

    /** How alike two sets of keys are: the share of keys they have in common (Jaccard). */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }
}
