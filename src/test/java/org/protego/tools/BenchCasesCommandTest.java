package org.protego.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.protego.ProtegoApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchCasesCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void seedsTheCasesTimesListsSearchesAndOpeningsAndPrintsOneJsonLine() {
        int status = run("--cases", "2000", "--operations", "40");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).hasSize(1);
        JsonNode figures = JsonMapper.builder().build().readTree(output);
        assertThat(figures.propertyNames())
                .startsWith("cases", "list_p95_ms", "search_p95_ms", "open_p95_ms")
                .contains("name_search_recall", "teams");
        assertThat(figures.get("cases").asInt()).isEqualTo(2000);
        assertThat(figures.get("teams").asInt()).isEqualTo(2);
        for (String timing : List.of("list_p95_ms", "search_p95_ms", "open_p95_ms")) {
            assertThat(figures.get(timing).asDouble()).as(timing).isPositive();
        }
        // A name spelt with one slip still finds the child in almost every search.
        assertThat(figures.get("name_search_recall").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--cases", "--cases 0", "--operations 0", "--fast yes"})
    void refusesBadArgumentsWithTheUsage(String arguments) {
        int status = run(arguments.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(BenchCasesCommand.USAGE);
    }

    private int run(String... arguments) {
        return BenchCasesCommand.run(
                ProtegoApplication.class,
                List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
