package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The shipped definitions are checked before they are stored: a stored version never changes. */
class IndicatorDefinitionsTest {

    static final String ONE = """
            [{"code": "reports_received", "version": 1, "unit": "number", "measure": "count",
              "dimensions": ["category", "channel"], "factKinds": ["report_received"], "parameters": {}}]""";

    @Test
    void theShippedDefinitionsIncludeReportsReceivedByCategoryAndChannel() throws IOException {
        List<IndicatorDefinitions.Shipped> shipped = IndicatorDefinitions.parse(new String(
                new ClassPathResource(IndicatorDefinitions.SHIPPED)
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8));

        assertThat(shipped).extracting(IndicatorDefinitions.Shipped::code).contains("reports_received");
        assertThat(shipped.get(0).fields().get("dimensions")).isEqualTo(List.of("category", "channel", "country"));
        assertThatCode(() -> IndicatorDefinitions.verify(shipped, Map.of())).doesNotThrowAnyException();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyShippedIndicatorHasATitleAndEveryBreakdownANameInEveryLanguage() throws IOException {
        List<IndicatorDefinitions.Shipped> shipped = IndicatorDefinitions.parse(new String(
                new ClassPathResource(IndicatorDefinitions.SHIPPED)
                        .getInputStream()
                        .readAllBytes(),
                StandardCharsets.UTF_8));
        for (String language : List.of("", "_ar", "_es", "_fr", "_pt", "_ru")) {
            var messages = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(
                    new ClassPathResource("messages" + language + ".properties").getInputStream(),
                    StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (IndicatorDefinitions.Shipped definition : shipped) {
                assertThat(messages)
                        .as(language)
                        .containsKey(String.valueOf(definition.fields().get("title")));
                for (String dimension : (List<String>) definition.fields().get("dimensions")) {
                    assertThat(messages)
                            .as(language + " " + dimension)
                            .containsKeys("monitoring.dimension." + dimension, "annualReport.dimension." + dimension);
                    assertThat(IndicatorCodes.isDimension(dimension)).isTrue();
                }
            }
        }
    }

    @Test
    void theChecksumIgnoresLayoutAndKeyOrder() {
        String reordered = """
                [ { "parameters": {}, "factKinds": ["report_received"], "dimensions": ["category", "channel"],
                    "measure": "count", "unit": "number", "version": 1, "code": "reports_received" } ]""";

        assertThat(IndicatorDefinitions.parse(reordered).get(0).sha256())
                .isEqualTo(IndicatorDefinitions.parse(ONE).get(0).sha256());
    }

    @Test
    void aStoredVersionWithTheSameBodyStarts() {
        var shipped = IndicatorDefinitions.parse(ONE);

        assertThatCode(() -> IndicatorDefinitions.verify(
                        shipped, Map.of("reports_received@1", shipped.get(0).sha256())))
                .doesNotThrowAnyException();
    }

    @Test
    void aStoredVersionWhoseBodyChangedRefusesToStart() {
        var changed = IndicatorDefinitions.parse(ONE.replace("\"channel\"]", "\"channel\", \"country\"]"));
        String stored = IndicatorDefinitions.parse(ONE).get(0).sha256();

        assertThatThrownBy(() -> IndicatorDefinitions.verify(changed, Map.of("reports_received@1", stored)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reports_received version 1")
                .hasMessageContaining("differs from the one stored")
                .hasMessageContaining("as version 2");
    }

    @Test
    void theCodeTakedownIsRefusedBecauseTheTakedownModuleAnswersItsPath() {
        var shipped = IndicatorDefinitions.parse(ONE.replace("reports_received", "takedown"));

        assertThatThrownBy(() -> IndicatorDefinitions.verify(shipped, Map.of())).hasMessageContaining("not 'takedown'");
    }

    @Test
    void aDimensionNoIndicatorHasIsRefused() {
        var shipped = IndicatorDefinitions.parse(ONE.replace("\"channel\"]", "\"name\"]"));

        assertThatThrownBy(() -> IndicatorDefinitions.verify(shipped, Map.of())).hasMessageContaining("'name'");
    }
}
