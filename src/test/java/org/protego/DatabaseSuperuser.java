package org.protego;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The superuser of a data directory's embedded PostgreSQL, for tests that play an attacker with every right; the
 * application itself never connects this way. Like an operator, it reads the port from {@code postmaster.pid} and
 * the generated password from the data directory.
 */
public final class DatabaseSuperuser {

    private DatabaseSuperuser() {}

    /** Connections as {@code postgres}, seeing the application's and the audit schema as the application does. */
    public static DataSource of(String dataDir) {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        var dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {PostmasterPid.in(directory).port()});
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        dataSource.setPassword(password(DatabasePasswords.superuserFile(directory)));
        dataSource.setCurrentSchema("public,audit");
        return dataSource;
    }

    /** Runs the work as the superuser in one transaction, committed when it returns and rolled back when it throws. */
    public static void inTransaction(String dataDir, Consumer<JdbcClient> work) {
        try (Connection connection = of(dataDir).getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String password(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
