package org.protego;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the embedded PostgreSQL of a data directory listens, read from {@code DATA_DIR/postgres/postmaster.pid} as
 * PostgreSQL writes it (the automation contract): pid, data directory, start time, port, socket directory, first
 * listen address.
 */
public record PostmasterPid(int port, Path socketDirectory, String listenAddress) {

    public static PostmasterPid in(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            return new PostmasterPid(
                    Integer.parseInt(lines.get(3).strip()),
                    Path.of(lines.get(4).strip()),
                    lines.get(5).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
