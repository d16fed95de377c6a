package org.protego.hashes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.protego.shared.FieldCipher;
import org.protego.shared.ModuleMigration;
import org.springframework.stereotype.Component;

/**
 * Encrypts the series names stored in plain text before V30, and gives each its blind index, so that V32 can drop the
 * plain-text column. Declared as a bean because it needs the field key; Flyway runs it between the two SQL steps.
 */
@Component
class EncryptSeriesNames extends ModuleMigration {

    private final FieldCipher cipher;

    EncryptSeriesNames(FieldCipher cipher) {
        super("31", "hashes encrypt series names");
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String table = HashEntries.SERIES_NAME.table();
        String column = HashEntries.SERIES_NAME.column();
        try (Statement select = connection.createStatement();
                ResultSet rows =
                        select.executeQuery("select id, name from " + table + " where name is not null for update");
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set " + column + " = ?, name_index = ?, name = null where id = ?");
                Batch batch = new Batch(update)) {
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                String name = rows.getString(2);
                update.setString(1, cipher.encrypt(name, HashEntries.SERIES_NAME.row(id)));
                update.setString(2, cipher.blindIndex(HashEntries.SERIES_INDEX_PURPOSE, name));
                update.setObject(3, id);
                batch.add();
            }
        }
    }
}
