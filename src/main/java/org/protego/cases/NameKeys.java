package org.protego.cases;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The keys a name is found by when it is spelt differently: the trigrams of each part of the name (as PostgreSQL's
 * pg_trgm makes them, padded at the ends) and, for names in Latin script, their Double Metaphone codes. The keys
 * are stored only as keyed digests, never as text.
 */
final class NameKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

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
                String padded = "  " + part + " ";
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

    /** Lower case, accents removed, and anything but letters turned into a space between parts. */
    static String normalised(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^\\p{L}]+", " ").trim();
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
