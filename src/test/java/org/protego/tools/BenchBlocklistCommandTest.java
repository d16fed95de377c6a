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

class BenchBlocklistCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void publishesTheSeededListAndItsChangesAndPrintsOneJsonLine() {
        int status = run("--entries", "300", "--changes", "30");

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).hasSize(1);
        assertThat(output.strip())
                .matches("\\{\"entries\":300,\"publish_seconds\":\\d+\\.\\d{3},\"feed_bytes\":19500,"
                        + "\"feed_serve_seconds\":\\d+\\.\\d{3},\"feed_sha256_matches\":true,\"changes\":30,"
                        + "\"republish_seconds\":\\d+\\.\\d{3},\"delta_seconds\":\\d+\\.\\d{3},\"delta_added\":30,"
                        + "\"delta_removed\":30,\"second_version_entries\":300}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--entries", "--entries 0", "--entries 10 --changes 11", "--changes -1", "--fast yes"})
    void refusesBadArgumentsWithTheUsage(String arguments) {
        int status = run(arguments.split(" "));

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bench-blocklist [--entries N] [--changes C]");
    }

    private int run(String... arguments) {
        return BenchBlocklistCommand.run(
                ProtegoApplication.class,
                List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
