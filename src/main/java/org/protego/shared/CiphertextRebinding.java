package org.protego.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that binds the ciphertexts of some columns to the rows they are stored in, re-encrypting what the first
 * release stored unbound. Each module declares one as a bean for its own tables, so that Flyway runs it in order.
 */
public abstract class CiphertextRebinding extends ModuleMigration {

    /** The encrypted columns of one table, and the column whose value identifies the row. */
    public record Table(String table, String rowIdColumn, List<String> columns) {}

    private final FieldCipher cipher;
    private final List<Table> tables;

    protected CiphertextRebinding(String version, String description, FieldCipher cipher, List<Table> tables) {
        super(version, description);
        this.cipher = cipher;
        this.tables = List.copyOf(tables);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (Table table : tables) {
            rebind(connection, table);
        }
    }

    private void rebind(Connection connection, Table table) throws Exception {
        String columns = String.join(", ", table.columns());
        String assignments =
                String.join(", ", table.columns().stream().map(c -> c + " = ?").toList());
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select " + table.rowIdColumn() + ", " + columns + " from " + table.table());
                PreparedStatement update = connection.prepareStatement(
                        "update " + table.table() + " set " + assignments + " where " + table.rowIdColumn() + " = ?");
                Batch batch = new Batch(update)) {
            while (rows.next()) {
                Object rowId = rows.getObject(1);
                for (int i = 0; i < table.columns().size(); i++) {
                    var place = FieldCipher.StoredIn.at(
                            table.table(), table.columns().get(i), rowId);
                    update.setString(i + 1, cipher.rebind(rows.getString(i + 2), place));
                }
                update.setObject(table.columns().size() + 1, rowId);
                batch.add();
            }
        }
    }
}
