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

class BenchMonitoringCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void seedsTheFactsTimesCountsDashboardsAndApiCallsAndPrintsOneJsonLine() {
        int status = run("--reports", "3000", "--cases", "300", "--referrals", "300", "--calls", "20");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).hasSize(1);
        JsonNode figures = JsonMapper.builder().build().readTree(output);
        assertThat(figures.get("facts").asLong()).isEqualTo(3600);
        assertThat(figures.get("calls").asInt()).isEqualTo(20);
        assertThat(figures.get("factsDuringCalls").asLong()).isPositive();
        for (String timing :
                List.of("refreshSeconds", "countP95Ms", "dashboardP95Ms", "dashboardMaxMs", "httpP95Ms", "httpMaxMs")) {
            assertThat(figures.get(timing).asDouble()).as(timing).isPositive();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--reports", "--cases 0", "--calls 0", "--fast yes"})
    void refusesBadArgumentsWithTheUsage(String arguments) {
        int status = run(arguments.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(BenchMonitoringCommand.USAGE);
    }

    private int run(String... arguments) {
        return BenchMonitoringCommand.run(
                ProtegoApplication.class,
                List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
