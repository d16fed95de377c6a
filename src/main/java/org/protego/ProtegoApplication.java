package org.protego;

import java.time.Clock;
import java.util.List;
import org.protego.tools.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
public class ProtegoApplication {

    /**
     * Starts the server, or hands a command word and its arguments to the command-line tools: {@code hash FILE...},
     * {@code bench-hash DIR}, {@code bench-match}, {@code bench-blocklist}, {@code bench-cases}.
     */
    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(Commands.run(ProtegoApplication.class, List.of(args), System.out, System.err));
        }
        SpringApplication.run(ProtegoApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
