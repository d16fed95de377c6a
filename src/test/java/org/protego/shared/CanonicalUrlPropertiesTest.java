package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class CanonicalUrlPropertiesTest {

    private static final String UNRESERVED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";

    // Unreserved and reserved characters, characters that must be encoded, non-ASCII text and already encoded
    // reserved characters, so that every normalisation rule gets exercised.
    private static final List<String> PATH_PIECES = List.of(
            "a", "Z", "0", "-", ".", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", " ",
            "é", "ü", "日", "😀", "%2F", "%2f", "%3A", "%20", "%c3%a9", "[", "|", "\"", "..", "Page");

    private static final List<String> TOP_LEVEL_DOMAINS = List.of("com", "org", "example", "de", "рф", "xn--p1ai");

    private static final List<String> INTERNATIONAL_LABELS = List.of("bücher", "пример", "例え", "ñandú", "straßen");

    private record Page(
            String scheme, List<String> hostLabels, int port, List<String> pathSegments, List<String> queryPairs) {

        String plainSpelling() {
            StringBuilder spelling = new StringBuilder(scheme).append("://").append(String.join(".", hostLabels));
            if (port > 0) {
                spelling.append(':').append(port);
            }
            for (String segment : pathSegments) {
                spelling.append('/').append(segment);
            }
            if (!queryPairs.isEmpty()) {
                spelling.append('?').append(String.join("&", queryPairs));
            }
            return spelling.toString();
        }

        // Spellings RFC 3986 section 6.2.2 and 6.2.3 call equivalent: case of scheme and host, encoding of unreserved
        // characters, case of hex digits, default port, trailing dot of the host, a dot segment and the fragment.
        String otherSpelling(Random random) {
            StringBuilder spelling = new StringBuilder(randomCase(scheme, random)).append("://");
            spelling.append(randomCase(String.join(".", hostLabels), random));
            if (random.nextBoolean()) {
                spelling.append('.');
            }
            if (port > 0) {
                spelling.append(':').append("0".repeat(random.nextInt(3))).append(port);
            } else if (random.nextBoolean()) {
                spelling.append(':').append(defaultPort());
            }
            if (random.nextBoolean()) {
                spelling.append("/.");
            }
            for (String segment : pathSegments) {
                spelling.append('/').append(randomPercentEncoding(segment, random));
            }
            if (!queryPairs.isEmpty()) {
                spelling.append('?').append(randomPercentEncoding(String.join("&", queryPairs), random));
            }
            // A trailing space is trimmed as surrounding white space, but encoded once a fragment follows it.
            if (random.nextBoolean() && !plainSpelling().endsWith(" ")) {
                spelling.append("#Section-").append(random.nextInt(100));
            }
            return spelling.toString();
        }

        private int defaultPort() {
            return switch (scheme) {
                case "https" -> 443;
                case "ftp" -> 21;
                default -> 80;
            };
        }
    }

    @Property
    void canonicalisationIsIdempotent(@ForAll("pages") Page page, @ForAll Random random) {
        for (String spelling : List.of(page.plainSpelling(), page.otherSpelling(random))) {
            CanonicalUrl once = CanonicalUrl.of(spelling);

            assertThat(CanonicalUrl.of(once.value())).isEqualTo(once);
        }
    }

    @Property
    void equivalentSpellingsOfOnePageAreEqual(@ForAll("pages") Page page, @ForAll Random random) {
        assertThat(CanonicalUrl.of(page.otherSpelling(random))).isEqualTo(CanonicalUrl.of(page.plainSpelling()));
    }

    @Property
    void urlsDifferingOnlyInQueryValueAreNeverEqual(
            @ForAll("pages") Page page,
            @ForAll("queryValues") String firstValue,
            @ForAll("queryValues") String secondValue) {
        Assume.that(!firstValue.equals(secondValue));
        String withoutQuery = page.plainSpelling().replaceFirst("\\?.*$", "");

        CanonicalUrl first = CanonicalUrl.of(withoutQuery + "?q=" + firstValue + "&last=1");
        CanonicalUrl second = CanonicalUrl.of(withoutQuery + "?q=" + secondValue + "&last=1");

        assertThat(first).isNotEqualTo(second);
    }

    @Provide
    Arbitrary<Page> pages() {
        Arbitrary<String> asciiLabel = Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                .ofMinLength(1)
                .ofMaxLength(12);
        Arbitrary<String> label =
                Arbitraries.frequencyOf(Tuple.of(8, asciiLabel), Tuple.of(1, Arbitraries.of(INTERNATIONAL_LABELS)));
        Arbitrary<List<String>> hostLabels = Combinators.combine(
                        label.list().ofMinSize(0).ofMaxSize(3), Arbitraries.of(TOP_LEVEL_DOMAINS))
                .as((labels, topLevelDomain) -> {
                    List<String> all = new ArrayList<>(labels);
                    all.add(topLevelDomain);
                    return List.copyOf(all);
                });
        Arbitrary<String> segment =
                Arbitraries.of(PATH_PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
        Arbitrary<String> queryPair = Combinators.combine(segment, segment).as((name, value) -> name + "=" + value);

        Arbitrary<Integer> port = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 65535)));
        return Combinators.combine(
                        Arbitraries.of("http", "https", "ftp"),
                        hostLabels,
                        port,
                        segment.list().ofMaxSize(5),
                        queryPair.list().ofMaxSize(3))
                .as(Page::new);
    }

    // Without "%" (and without "#", which starts a fragment) every raw value has exactly one canonical encoding.
    @Provide
    Arbitrary<String> queryValues() {
        return Arbitraries.strings()
                .withChars(UNRESERVED + "!$'()*+,;=:@/?&[]\"<>| ")
                .withChars('é', 'ü', '日', '\u00A0')
                .ofMaxLength(12);
    }

    private static String randomCase(String text, Random random) {
        StringBuilder cased = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            cased.append(
                    random.nextBoolean() ? character.toUpperCase(Locale.ROOT) : character.toLowerCase(Locale.ROOT));
        });
        return cased.toString();
    }

    private static String randomPercentEncoding(String text, Random random) {
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        int index = 0;
        while (index < text.length()) {
            char character = text.charAt(index);
            if (character == '%') {
                encoded.append('%').append(randomCase(text.substring(index + 1, index + 3), random));
                index += 3;
            } else {
                if (UNRESERVED.indexOf(character) >= 0 && random.nextBoolean()) {
                    encoded.append('%').append(randomCase(String.format("%02x", (int) character), random));
                } else {
                    encoded.append(character);
                }
                index++;
            }
        }
        return encoded.toString();
    }
}
