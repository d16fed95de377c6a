package org.protego;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one data directory, closed to everyone but Protego: the superuser and the application
 * role have generated passwords, checked with SCRAM-SHA-256, and the server listens on loopback and on a socket in a
 * private directory only. Port and socket directory are written to {@code DATA_DIR/postgres/postmaster.pid} by
 * PostgreSQL, where tools find them.
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final SocketDirectory socketDirectory;
    private final DatabasePasswords passwords;

    private EmbeddedDatabase(EmbeddedPostgres server, SocketDirectory socketDirectory, DatabasePasswords passwords) {
        this.server = server;
        this.socketDirectory = socketDirectory;
        this.passwords = passwords;
    }

    /**
     * Starts the server on {@code DATA_DIR/postgres}, initialising it at the first start and closing a data directory
     * of an earlier version, then sets up the application role.
     */
    static EmbeddedDatabase start(Path dataDir) {
        Path databaseDir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(dataDir);
            stopServerLeftByKilledProcess(databaseDir);
            boolean initialised = Files.exists(databaseDir.resolve("postgresql.conf"));
            boolean passwordIsNew = !Files.exists(DatabasePasswords.superuserFile(dataDir));
            DatabasePasswords passwords = DatabasePasswords.inDataDirectory(dataDir);
            SocketDirectory socketDirectory = SocketDirectory.forDataDirectory(dataDir);
            log.info("Starting embedded PostgreSQL with data in {}", databaseDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(databaseDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // zonky gives initdb "-A trust" and appends these after it; initdb takes the last one, so a new
                    // data directory never trusts anyone and its superuser has its password from the start.
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig(
                            "pwfile", DatabasePasswords.superuserFile(dataDir).toString())
                    // Runs before every start.
                    .setDataDirectoryCustomizer(directory ->
                            closeClientAuthentication(directory.toPath(), initialised, passwordIsNew, passwords))
                    .setServerConfig("listen_addresses", "127.0.0.1,::1")
                    .setServerConfig(
                            "unix_socket_directories", socketDirectory.path().toString())
                    .setServerConfig("unix_socket_permissions", "0700")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky's readiness check connects as the superuser.
                    .setConnectConfig("password", passwords.superuser())
                    // The library turns synchronous commit off for speed; a reference is only given once the
                    // report is durable, so commits must reach the write-ahead log before they return.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            var database = new EmbeddedDatabase(server, socketDirectory, passwords);
            setUpApplicationRole(database);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + databaseDir, e);
        }
    }

    /** A server the application cannot use is stopped, rather than left running without anyone to stop it. */
    private static void setUpApplicationRole(EmbeddedDatabase database) throws IOException {
        try {
            ApplicationRole.setUp(database.superuser(), database.passwords.application());
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw new IllegalStateException("Could not set up the application role", e);
        }
    }

    /** The URL the application connects with, as {@link ApplicationRole#NAME}. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    DatabasePasswords passwords() {
        return passwords;
    }

    /** A connection as the superuser, for set-up only. */
    DataSource superuser() {
        return server.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        server.close();
        socketDirectory.deleteIfTemporary();
    }

    /**
     * A data directory of an earlier version has no password file and trusts every local client; one whose password
     * file was lost has a new one the server does not know yet. Both get the password before the server listens. A
     * new data directory got it from initdb.
     */
    private static void closeClientAuthentication(
            Path databaseDir, boolean initialised, boolean passwordIsNew, DatabasePasswords passwords) {
        try {
            if (initialised && (passwordIsNew || !ClientAuthentication.isProtegos(databaseDir))) {
                log.warn("Setting the superuser's password in {} before the server starts", databaseDir);
                SingleUserMode.setSuperuserPassword(databaseDir, passwords.superuser());
            }
            ClientAuthentication.write(databaseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the client authentication rules of " + databaseDir, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running on the data directory; stopping it lets the new
     * server take over the directory and replay the write-ahead log.
     */
    private static void stopServerLeftByKilledProcess(Path databaseDir) throws IOException {
        Path pidFile = databaseDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> leftOver = lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        leftOver.filter(ProcessHandle::isAlive).ifPresent(process -> {
            log.warn("Stopping PostgreSQL process {} left running on {}", process.pid(), databaseDir);
            List<ProcessHandle> backends = process.descendants().toList();
            process.destroyForcibly();
            process.onExit().join();
            // The old backends hold the shared memory segment until they notice their postmaster is gone.
            backends.forEach(backend -> backend.onExit().join());
        });
    }
}
