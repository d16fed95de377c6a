package org.protego;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL that Protego uses unless {@code spring.datasource.url} names an external one.
 *
 * <p>One server runs per data directory and JVM, so that every Spring context of a test run shares one instance.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final Map<Path, SharedServer> serversByDirectory = new ConcurrentHashMap<>();

    /** A server with the number of open data sources using it; it stops when the last one closes. */
    private static final class SharedServer {
        private final EmbeddedPostgres server;
        private int users;

        SharedServer(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    @Bean
    DataSource dataSource(@Value("${protego.data-dir}") String dataDir) {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        EmbeddedPostgres server = acquire(directory);
        var config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("protego-embedded");
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                release(directory);
            }
        };
    }

    private static synchronized EmbeddedPostgres acquire(Path dataDir) {
        SharedServer shared =
                serversByDirectory.computeIfAbsent(dataDir, directory -> new SharedServer(start(directory)));
        shared.users++;
        return shared.server;
    }

    /**
     * Stops the server after the last data source using it closed, so that no context still shutting down finds its
     * database gone and waits for a connection.
     */
    private static synchronized void release(Path dataDir) {
        SharedServer shared = serversByDirectory.get(dataDir);
        if (shared == null || --shared.users > 0) {
            return;
        }
        serversByDirectory.remove(dataDir);
        try {
            shared.server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", dataDir, e);
        }
    }

    private static EmbeddedPostgres start(Path dataDir) {
        Path databaseDir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(dataDir);
            stopServerLeftByKilledProcess(databaseDir);
            log.info("Starting embedded PostgreSQL with data in {}", databaseDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(databaseDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    // The library turns synchronous commit off for speed; a reference is only given once the
                    // report is durable, so commits must reach the write-ahead log before they return.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + databaseDir, e);
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
