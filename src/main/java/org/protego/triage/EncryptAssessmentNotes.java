package org.protego.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.protego.shared.FieldCipher;
import org.protego.shared.ModuleMigration;
import org.springframework.stereotype.Component;

/** Moves the notes the first release kept in plain text into an encrypted column bound to each assessment. */
@Component
class EncryptAssessmentNotes extends ModuleMigration {

    private final FieldCipher cipher;

    EncryptAssessmentNotes(FieldCipher cipher) {
        super("15", "triage encrypt assessment notes");
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table triage_assessment add column note_encrypted text");
        }
        try (Statement select = connection.createStatement();
                ResultSet notes = select.executeQuery("select id, note from triage_assessment where note is not null");
                PreparedStatement update =
                        connection.prepareStatement("update triage_assessment set note_encrypted = ? where id = ?");
                Batch batch = new Batch(update)) {
            while (notes.next()) {
                Object id = notes.getObject(1);
                update.setString(1, cipher.encrypt(notes.getString(2), UrlItems.NOTE.row(id)));
                update.setObject(2, id);
                batch.add();
            }
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table triage_assessment drop column note");
        }
    }
}
