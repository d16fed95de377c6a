package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshot's canonical text: the same content always gives the same bytes, and so the same hash. */
class AnnualReportJsonTest {

    @Test
    void keysAreSortedAtEveryDepthAndNothingIsSpaced() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", 1);
        inner.put("a", List.of(true, "x"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("z", inner);
        outer.put("m", null);

        assertThat(AnnualReportJson.canonical(outer)).isEqualTo("{\"m\":null,\"z\":{\"a\":[true,\"x\"],\"b\":1}}");
    }

    @Test
    void numbersAreWrittenPlainlyWithoutExponentOrTrailingZeros() {
        assertThat(AnnualReportJson.canonical(List.of(
                        new BigDecimal("1.50"), new BigDecimal("1E+3"), 0.1, 2.0, 12L, new BigDecimal("0.000"))))
                .isEqualTo("[1.5,1000,0.1,2,12,0]");
    }

    @Test
    void stringsEscapeQuotesAndControlsButKeepEveryOtherCharacter() {
        assertThat(AnnualReportJson.canonical(List.of("a\"b\\c\nd\u0001", "التقرير")))
                .isEqualTo("[\"a\\\"b\\\\c\\nd\\u0001\",\"التقرير\"]");
    }

    @Test
    void aStoredSnapshotReadBackGivesTheSameTextAndHash() {
        String text = AnnualReportJson.canonical(AnnualReportSamples.full());
        // PostgreSQL's jsonb reorders keys and spaces its output; the canonical text does not depend on either.
        String asJsonbWouldAnswer =
                AnnualReportJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(AnnualReportJson.parse(text));

        assertThat(AnnualReportJson.canonical(AnnualReportJson.parse(asJsonbWouldAnswer)))
                .isEqualTo(text);
        assertThat(AnnualReportJson.sha256(text)).hasSize(64);
    }

    @Test
    void anInfiniteNumberIsRefused() {
        assertThatThrownBy(() -> AnnualReportJson.canonical(List.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
