package org.protego.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchMatchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneJsonLineWithEveryFigureAndFullRecall() {
        int status = run("--hashes", "20000", "--queries", "200", "--radius", "31", "--seed", "7");

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).hasSize(1);
        assertThat(output.strip())
                .matches("\\{\"hashes\":20000,\"queries\":200,\"radius\":31,"
                        + "\"index_build_seconds\":\\d+\\.\\d+,\"index_bytes\":\\d+,"
                        + "\"mih_queries_per_second\":\\d+\\.\\d+,\"brute_queries_per_second\":\\d+\\.\\d+,"
                        + "\"recall\":1\\.0}");
    }

    @Test
    void acceptsTheCommandNameBeforeItsOptions() {
        int status = run("bench-match", "--hashes", "2000", "--queries", "20", "--radius", "10");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"hashes\":2000,\"queries\":20,\"radius\":10,");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--queries 10",
                "--hashes",
                "--hashes many",
                "--hashes 0",
                "--hashes 100 --radius 257",
                "--hashes 100 --radius -1",
                "--hashes 100 --seed x",
                "--hashes 100 --fast yes"
            })
    void refusesBadArgumentsWithAMessage(String arguments) {
        int status = run(arguments.split(" "));

        assertThat(status).isNotZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(BenchMatchCommand.USAGE);
    }

    private int run(String... arguments) {
        return BenchMatchCommand.run(
                List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
