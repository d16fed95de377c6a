package org.protego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nobody reaches the embedded PostgreSQL without the generated passwords: not over loopback, not over its socket,
 * neither as the superuser nor as the application's role. The port and socket directory come from
 * {@code postmaster.pid}, as any local process would find them.
 */
@ProtegoTest
class EmbeddedDatabaseAccessTest {

    private static final Path PSQL = Path.of("/usr/bin/psql");

    @Value("${protego.data-dir}")
    String dataDir;

    Path directory;
    PostmasterPid postmaster;

    @BeforeEach
    void readPostmasterPid() {
        directory = Path.of(dataDir).toAbsolutePath().normalize();
        postmaster = PostmasterPid.in(directory);
    }

    @ParameterizedTest
    @CsvSource({"postgres", "protego"})
    void connectingWithoutPasswordIsRefused(String role) {
        assertThatThrownBy(() -> connect(role, null).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    @ParameterizedTest
    @CsvSource({"postgres", "protego"})
    void connectingWithAWrongPasswordIsRefused(String role) {
        assertThatThrownBy(() -> connect(role, "not-the-password").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @ParameterizedTest
    @CsvSource({"postgres", "protego"})
    void connectingWithTheGeneratedPasswordIsAdmitted(String role) throws SQLException {
        try (Connection connection = connect(role, passwordOf(role))) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"postgres, loopback", "postgres, socket", "protego, loopback", "protego, socket"})
    void psqlWithoutPasswordIsRefused(String role, String via) throws Exception {
        assumeTrue(Files.isExecutable(PSQL), "psql is not installed (apt-get install postgresql-client)");

        Psql answer = psql(role, via, null);

        assertThat(answer.exitCode()).as(answer.output()).isNotZero();
        assertThat(answer.output()).contains("password");
    }

    @ParameterizedTest
    @CsvSource({"postgres, loopback", "postgres, socket", "protego, loopback", "protego, socket"})
    void psqlWithTheGeneratedPasswordIsAdmitted(String role, String via) throws Exception {
        assumeTrue(Files.isExecutable(PSQL), "psql is not installed (apt-get install postgresql-client)");

        Psql answer = psql(role, via, passwordOf(role));

        assertThat(answer.exitCode()).as(answer.output()).isZero();
        assertThat(answer.output()).contains("admitted");
    }

    @Test
    void serverListensOnLoopbackAndOnASocketInAPrivateDirectory() throws IOException {
        var superuser = JdbcClient.create(DatabaseSuperuser.of(dataDir));

        assertThat(postmaster.listenAddress()).isEqualTo("127.0.0.1");
        assertThat(superuser.sql("show listen_addresses").query(String.class).single())
                .isEqualTo("127.0.0.1,::1");
        // A build directory deep enough for a socket path to be too long falls back to a temporary directory.
        Path preferred = directory.resolve("postgres-socket");
        if (SocketDirectory.usable(preferred)) {
            assertThat(postmaster.socketDirectory()).isEqualTo(preferred);
        }
        assertThat(Files.getPosixFilePermissions(postmaster.socketDirectory()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(superuser
                        .sql("show unix_socket_permissions")
                        .query(String.class)
                        .single())
                .isEqualTo("0700");
    }

    @Test
    void everyClientAuthenticationRuleAsksForAScramPassword() {
        var rules = JdbcClient.create(DatabaseSuperuser.of(dataDir))
                .sql("select type, auth_method, coalesce(address, '') as address from pg_hba_file_rules")
                .query((row, number) ->
                        row.getString("type") + " " + row.getString("address") + " " + row.getString("auth_method"))
                .list();

        assertThat(rules)
                .containsExactlyInAnyOrder(
                        "local  scram-sha-256", "host 127.0.0.1 scram-sha-256", "host ::1 scram-sha-256");
    }

    @Test
    void passwordsAreKeptInTheDataDirectoryReadableByTheirOwnerOnly() throws IOException {
        for (Path file :
                List.of(DatabasePasswords.superuserFile(directory), DatabasePasswords.applicationFile(directory))) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(43);
        }
    }

    @Test
    void applicationRoleIsNoSuperuserAndOwnsTheSchemaOfItsTables() {
        var superuser = JdbcClient.create(DatabaseSuperuser.of(dataDir));
        String anyPower = "select rolsuper or rolcreatedb or rolcreaterole or rolreplication or rolbypassrls"
                + " from pg_roles where rolname = 'protego'";
        String schemaOwner = "select nspowner::regrole::text from pg_namespace where nspname = 'public'";
        String tableOwners = "select distinct relowner::regrole::text from pg_class"
                + " where relnamespace = 'public'::regnamespace and relkind in ('r', 'S', 'i')";

        assertThat(superuser.sql(anyPower).query(Boolean.class).single()).isFalse();
        assertThat(superuser.sql(schemaOwner).query(String.class).single()).isEqualTo("protego");
        assertThat(superuser.sql(tableOwners).query(String.class).list()).containsExactly("protego");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "select pg_read_file('../keys/postgres-superuser.password')",
                "select pg_ls_dir('.')",
                "copy (select 1) to program 'true'",
                "create role intruder superuser login",
                "alter role protego superuser",
            })
    void applicationRoleCannotReachTheServersFilesOrRaiseItself(String statement) throws SQLException {
        try (Connection connection = connect("protego", passwordOf("protego"));
                Statement sql = connection.createStatement()) {
            // 42501, insufficient privilege.
            assertThatThrownBy(() -> sql.execute(statement))
                    .isInstanceOf(SQLException.class)
                    .extracting(refusal -> ((SQLException) refusal).getSQLState())
                    .isEqualTo("42501");
        }
    }

    @Test
    void superuserCanReachTheServersFiles() {
        var superuser = JdbcClient.create(DatabaseSuperuser.of(dataDir));

        // Relative to the server's data directory, DATA_DIR/postgres.
        assertThat(superuser
                        .sql("select pg_read_file('../keys/postgres-superuser.password')")
                        .query(String.class)
                        .single())
                .isEqualTo(passwordOf("postgres"));
    }

    private Connection connect(String role, String password) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + postmaster.port() + "/postgres", properties);
    }

    private String passwordOf(String role) {
        return DatabaseSuperuser.password(
                role.equals("postgres")
                        ? DatabasePasswords.superuserFile(directory)
                        : DatabasePasswords.applicationFile(directory));
    }

    record Psql(int exitCode, String output) {}

    /** psql as an operator runs it; without a password it must not prompt ({@code -w}) and finds no saved one. */
    private Psql psql(String role, String via, String password) throws IOException, InterruptedException {
        String host = via.equals("socket") ? postmaster.socketDirectory().toString() : "localhost";
        var command = new ProcessBuilder(
                        PSQL.toString(),
                        "-h",
                        host,
                        "-p",
                        String.valueOf(postmaster.port()),
                        "-U",
                        role,
                        "-d",
                        "postgres",
                        "-w",
                        "-c",
                        "select 'admitted'")
                .redirectErrorStream(true);
        command.environment().keySet().removeIf(name -> name.startsWith("PG"));
        command.environment()
                .put("PGPASSFILE", directory.resolve("no-such-pgpass").toString());
        command.environment().put("PGCONNECT_TIMEOUT", "10");
        if (password != null) {
            command.environment().put("PGPASSWORD", password);
        }
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Psql(process.exitValue(), output);
    }
}
