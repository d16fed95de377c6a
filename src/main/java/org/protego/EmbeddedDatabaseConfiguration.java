package org.protego;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.protego.shared.DeploymentSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL that Protego uses unless {@code spring.datasource.url} names an external one, and
 * connects to it as the application role, never as the superuser.
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
        private final EmbeddedDatabase database;
        private int users;

        SharedServer(EmbeddedDatabase database) {
            this.database = database;
        }
    }

    @Bean
    DataSource dataSource(DeploymentSettings settings) {
        Path directory = settings.dataDir();
        EmbeddedDatabase database = acquire(directory);
        var config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(ApplicationRole.NAME);
        config.setPassword(database.passwords().application());
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

    /** Spring Boot hands every {@link Callback} bean to Flyway, which migrates once the data source is there. */
    @Bean
    Callback auditSchema(DeploymentSettings settings) {
        Path directory = settings.dataDir();
        return new AuditSchema(() -> running(directory).superuser());
    }

    private static synchronized EmbeddedDatabase acquire(Path dataDir) {
        SharedServer shared = serversByDirectory.computeIfAbsent(
                dataDir, directory -> new SharedServer(EmbeddedDatabase.start(directory)));
        shared.users++;
        return shared.database;
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
            shared.database.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", dataDir, e);
        }
    }

    private static synchronized EmbeddedDatabase running(Path dataDir) {
        SharedServer shared = serversByDirectory.get(dataDir);
        if (shared == null) {
            throw new IllegalStateException("No embedded PostgreSQL runs on " + dataDir);
        }
        return shared.database;
    }
}
