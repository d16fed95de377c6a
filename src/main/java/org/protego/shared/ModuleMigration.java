package org.protego.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java because it needs a key the database does not hold, declared as a bean by the
 * module whose tables it changes and run by Flyway in version order among the SQL migrations, in one transaction.
 */
public abstract class ModuleMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected ModuleMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** Java migrations have no checksum: what they do depends on the data they find, not on a file's text. */
    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /** Rows added to a prepared update, sent a thousand at a time, so that a large table is never held in memory. */
    public static final class Batch implements AutoCloseable {

        private static final int SIZE = 1000;

        private final PreparedStatement update;
        private int pending;

        public Batch(PreparedStatement update) {
            this.update = update;
        }

        /** Adds the row whose parameters are set now. */
        public void add() throws SQLException {
            update.addBatch();
            if (++pending == SIZE) {
                update.executeBatch();
                pending = 0;
            }
        }

        /** Sends the rows not sent yet. */
        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
