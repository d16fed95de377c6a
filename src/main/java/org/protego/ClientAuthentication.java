package org.protego;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded PostgreSQL's client authentication ({@code pg_hba.conf}): every client proves its password with
 * SCRAM-SHA-256, over the private socket or loopback only. No rule trusts a client or believes its operating
 * system user name, and replication connections match no rule at all.
 */
final class ClientAuthentication {

    private static final String HEADER = "# Written by Protego at every start; changes here are overwritten.";
    private static final String RULES = HEADER + """

            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private ClientAuthentication() {}

    /**
     * Whether the data directory's rules were written by this class, which happens only once the superuser has a
     * password; a data directory initialised by an earlier Protego trusts every local client instead.
     */
    static boolean isProtegos(Path databaseDir) throws IOException {
        Path rules = databaseDir.resolve("pg_hba.conf");
        return Files.exists(rules) && Files.readString(rules).startsWith(HEADER);
    }

    /** Replaces the rules at every start, so that a rule added by hand cannot reopen the server. */
    static void write(Path databaseDir) throws IOException {
        Path temporary = Files.createTempFile(
                databaseDir,
                "pg_hba",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, RULES);
        Files.move(temporary, databaseDir.resolve("pg_hba.conf"), StandardCopyOption.ATOMIC_MOVE);
    }
}
