package org.protego;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.protego.hashes.BenchHashCommand;
import org.protego.hashes.BenchMatchCommand;
import org.protego.hashes.HashFilesCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class ProtegoApplication {

    /**
     * Starts the server, or runs one of the command-line tools: {@code hash FILE...}, {@code bench-hash DIR},
     * {@code bench-match}, {@code bench-blocklist}.
     */
    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            int exitCode = switch (args[0]) {
                case "hash" -> HashFilesCommand.run(rest, System.out, System.err);
                case "bench-hash" -> BenchHashCommand.run(rest, System.out, System.err);
                case "bench-match" -> BenchMatchCommand.run(rest, System.out, System.err);
                case "bench-blocklist" -> BenchBlocklistCommand.run(rest, System.out, System.err);
                default -> {
                    System.err.println("Unknown command " + args[0]
                            + "; commands: hash, bench-hash, bench-match, bench-blocklist");
                    yield 2;
                }
            };
            System.exit(exitCode);
        }
        SpringApplication.run(ProtegoApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
