package org.protego.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoApplication;

class CommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void unknownCommandWordIsRefusedWithTheListOfCommands() {
        int status = run("hash-everything", "photo.jpg");

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "Unknown command hash-everything; commands: hash, bench-hash, bench-match, bench-blocklist, bench-cases, bench-monitoring"
                                + System.lineSeparator());
    }

    @Test
    void commandWordHandsTheRestOfTheArgumentsToItsTool() {
        assertThat(run("hash")).isEqualTo(2);
        assertThat(run("bench-hash")).isEqualTo(2);
        assertThat(run("bench-match", "--queries", "10")).isEqualTo(2);
        assertThat(run("bench-blocklist", "--entries")).isEqualTo(2);
        assertThat(run("bench-cases", "--cases")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "usage: hash-files FILE...",
                        "usage: bench-hash DIR",
                        "--hashes is required",
                        BenchMatchCommand.USAGE,
                        "usage: bench-blocklist [--entries N] [--changes C]",
                        BenchCasesCommand.USAGE);
    }

    private int run(String... arguments) {
        return Commands.run(
                ProtegoApplication.class,
                List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
