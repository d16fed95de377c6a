package org.protego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Starts of the embedded PostgreSQL on data directories of their own: one initialised by an earlier Protego, which
 * trusted every local client and let the superuser own everything, one that lost its superuser's password file, and
 * one whose path is too long for a socket.
 */
class EmbeddedDatabaseStartTest {

    // The version before the database was closed; later migrations run as the application role after the upgrade.
    private static final String LAST_OPEN_VERSION = "11";
    private static final String PUBLIC_OWNERS = "select distinct relowner::regrole::text from pg_class"
            + " where relnamespace = 'public'::regnamespace and relkind in ('r', 'S', 'i')"
            + " union select nspowner::regrole::text from pg_namespace where nspname = 'public'";

    @TempDir
    Path dataDir;

    @Test
    void dataDirectoryOfAnEarlierVersionIsClosedAndKeepsItsData() throws Exception {
        UUID organisation = UUID.randomUUID();
        initialisedAsAnEarlierVersionDid(organisation);

        try (var database = EmbeddedDatabase.start(dataDir)) {
            migratedAsTheApplicationDoes(database);
            var application = JdbcClient.create(asApplication(database));

            assertThat(application
                            .sql("select name from identity_organisation where id = :id")
                            .param("id", organisation)
                            .query(String.class)
                            .single())
                    .isEqualTo("kept across the upgrade");
            assertThat(application
                            .sql("select actor from audit_entry where sequence = 1")
                            .query(String.class)
                            .single())
                    .isEqualTo("earlier version");
            assertThatThrownBy(() -> application
                            .sql("alter table audit_entry disable trigger all")
                            .update())
                    .rootCause()
                    .hasMessageContaining("must be owner");
            var superuser = JdbcClient.create(database.superuser());
            assertThat(superuser.sql(PUBLIC_OWNERS).query(String.class).list()).containsExactly("protego");
            assertThat(superuser
                            .sql("select relnamespace::regnamespace || ' ' || relowner::regrole from pg_class"
                                    + " where relname = 'audit_entry'")
                            .query(String.class)
                            .list())
                    .containsExactly("audit protego_audit");
            assertThatThrownBy(() -> withoutPassword("postgres", database)).hasMessageContaining("password");
        }
    }

    @Test
    void upgradedDataDirectoryStartsAgainWithTheSamePasswords() throws Exception {
        initialisedAsAnEarlierVersionDid(UUID.randomUUID());
        try (var database = EmbeddedDatabase.start(dataDir)) {
            migratedAsTheApplicationDoes(database);
        }
        String superuserPassword = Files.readString(DatabasePasswords.superuserFile(dataDir));

        try (var database = EmbeddedDatabase.start(dataDir)) {
            migratedAsTheApplicationDoes(database);

            assertThat(Files.readString(DatabasePasswords.superuserFile(dataDir)))
                    .isEqualTo(superuserPassword);
            assertThat(JdbcClient.create(asApplication(database))
                            .sql("select count(*) from identity_organisation")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void lostSuperuserPasswordIsReplacedAtTheNextStart() throws Exception {
        try (var database = EmbeddedDatabase.start(dataDir)) {
            migratedAsTheApplicationDoes(database);
        }
        String lost = Files.readString(DatabasePasswords.superuserFile(dataDir));
        Files.delete(DatabasePasswords.superuserFile(dataDir));

        try (var database = EmbeddedDatabase.start(dataDir)) {
            assertThat(Files.readString(DatabasePasswords.superuserFile(dataDir)))
                    .isNotEqualTo(lost);
            assertThat(JdbcClient.create(database.superuser())
                            .sql("select current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo("postgres");
        }
    }

    @Test
    void dataDirectoryTooLongForASocketPathGetsAPrivateTemporarySocketDirectory() throws Exception {
        Path deep = Files.createDirectories(dataDir.resolve("a-data-directory-whose-path-is-long".repeat(3)));

        Path socketDirectory;
        try (var database = EmbeddedDatabase.start(deep)) {
            socketDirectory = PostmasterPid.in(deep).socketDirectory();

            assertThat(socketDirectory.startsWith(deep)).isFalse();
            assertThat(Files.getPosixFilePermissions(socketDirectory))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(JdbcClient.create(asApplication(database))
                            .sql("select current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo("protego");
        }
        assertThat(socketDirectory).doesNotExist();
    }

    /** As every version before this one: zonky's defaults, trusting every local client, migrations as superuser. */
    private void initialisedAsAnEarlierVersionDid(UUID organisation) throws Exception {
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start()) {
            DataSource superuser = earlier.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(superuser)
                    .locations("classpath:db/migration")
                    .target(LAST_OPEN_VERSION)
                    .load()
                    .migrate();
            var jdbc = JdbcClient.create(superuser);
            jdbc.sql("insert into identity_organisation (id, name, created_at) values (:id, :name, now())")
                    .param("id", organisation)
                    .param("name", "kept across the upgrade")
                    .update();
            jdbc.sql("insert into audit_entry values (1, now(), 'earlier version', 'test', 'test', 'test', '', '', '')")
                    .update();
        }
    }

    /** Flyway as the application role, with the audit hand-over that the embedded configuration registers. */
    private static void migratedAsTheApplicationDoes(EmbeddedDatabase database) {
        Flyway.configure()
                .dataSource(asApplication(database))
                .locations("classpath:db/migration")
                .callbacks(new AuditSchema(database::superuser))
                .load()
                .migrate();
    }

    private static DataSource asApplication(EmbeddedDatabase database) {
        return new DriverManagerDataSource(
                database.jdbcUrl(), ApplicationRole.NAME, database.passwords().application());
    }

    private static void withoutPassword(String role, EmbeddedDatabase database) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", role);
        DriverManager.getConnection(database.jdbcUrl(), properties).close();
    }
}
