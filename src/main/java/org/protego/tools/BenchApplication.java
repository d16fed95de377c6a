package org.protego.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Protego for a benchmark: on its own data directory, without a known port, and quiet on the console. */
final class BenchApplication {

    private BenchApplication() {}

    /**
     * The settings go in as command-line arguments, because defaults would lose to those in application.properties;
     * {@code settings} adds the benchmark's own.
     */
    static ConfigurableApplicationContext start(Class<?> application, Path dataDir, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--protego.data-dir=" + dataDir,
                "--logging.level.root=WARN",
                // Only errors reach the console, so that the figures are the one line the command prints there.
                "--logging.threshold.console=ERROR",
                "--spring.main.banner-mode=off",
                "--protego.blocklist.publish-interval=PT24H",
                "--protego.takedown.escalation-check-interval=PT24H"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(application).run(arguments.toArray(String[]::new));
    }
}
