package org.protego;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.postgresql.util.PasswordUtil;

/**
 * Gives the superuser of a data directory initialised by an earlier Protego its password. Such a directory trusted
 * every local client, so its superuser has none, and the new client authentication would lock everyone out. In
 * PostgreSQL's single-user mode the server takes no connections at all, so the old directory is never open while it
 * is being closed.
 */
final class SingleUserMode {

    private SingleUserMode() {}

    static void setSuperuserPassword(Path databaseDir, String password) {
        List<String> command = new ArrayList<>();
        // As zonky does: PostgreSQL refuses to run as root, and a user namespace makes root an ordinary user.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(
                postgresBinary().toString(),
                "--single",
                "-D",
                databaseDir.toString(),
                // Without it a failed statement is printed and the process still exits with 0.
                "-c",
                "exit_on_error=on",
                "postgres"));
        try {
            // The password travels as a SCRAM verifier, so that it appears in no log even if the statement fails.
            String statement =
                    PasswordUtil.genAlterUserPasswordSQL("postgres", password.toCharArray(), "scram-sha-256");
            Process postgres =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var input = postgres.getOutputStream()) {
                input.write((statement + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(postgres.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!postgres.waitFor(2, TimeUnit.MINUTES) || postgres.exitValue() != 0) {
                postgres.destroyForcibly();
                throw new IllegalStateException(
                        "Could not set the superuser's password in " + databaseDir + ":\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run PostgreSQL in single-user mode on " + databaseDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not encode the superuser's password", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the superuser's password", e);
        }
    }

    /**
     * zonky keeps the directory it unpacked PostgreSQL into to itself. It records the directory in this cache before
     * it calls the data directory customizer, which is where the upgrade runs; the upgrade test fails if a new
     * version of zonky moves it.
     */
    private static Path postgresBinary() {
        try {
            var cache = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            cache.setAccessible(true);
            var directory = (File) ((Map<?, ?>) cache.get(null)).get(DefaultPostgresBinaryResolver.INSTANCE);
            if (directory == null) {
                throw new IllegalStateException("zonky has not unpacked PostgreSQL yet");
            }
            return directory.toPath().resolve("bin").resolve("postgres");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot find the PostgreSQL binaries that zonky unpacked", e);
        }
    }
}
