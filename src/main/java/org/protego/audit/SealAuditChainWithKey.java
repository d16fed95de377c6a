package org.protego.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.migration.Context;
import org.protego.shared.ModuleMigration;
import org.protego.shared.Timestamps;
import org.springframework.stereotype.Component;

/**
 * Seals the entries the first release chained with plain SHA-256 with the chain key instead, once, so that the whole
 * chain is keyed from then on, and records that it did. It runs as the table's owner during migration, before the
 * table is handed to a role the application cannot act as.
 */
@Component
class SealAuditChainWithKey extends ModuleMigration {

    private final ChainKeys keys;

    SealAuditChainWithKey(ChainKeys keys) {
        super("16", "audit seal the chain with its key");
        this.keys = keys;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement guard = connection.createStatement()) {
            guard.execute("alter table audit_entry disable trigger audit_entry_append_only");
        }
        String previousHash = ChainKeys.GENESIS_HASH;
        long sequence = 0;
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("""
                        select sequence, recorded_at, actor, action, subject_type, subject_id, detail
                        from audit_entry order by sequence""");
                PreparedStatement update = connection.prepareStatement(
                        "update audit_entry set previous_hash = ?, entry_hash = ? where sequence = ?");
                Batch batch = new Batch(update)) {
            while (rows.next()) {
                var entry = new AuditEntry(
                        rows.getLong(1),
                        Timestamps.instant(rows, 2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7));
                String seal = keys.seal(previousHash, entry);
                update.setString(1, previousHash);
                update.setString(2, seal);
                update.setLong(3, entry.sequence());
                batch.add();
                previousHash = seal;
                sequence = entry.sequence();
            }
        }
        try (Statement guard = connection.createStatement()) {
            guard.execute("alter table audit_entry enable trigger audit_entry_append_only");
        }
        if (sequence > 0) {
            recordTheSealing(connection, sequence + 1, previousHash);
        }
    }

    private void recordTheSealing(Connection connection, long sequence, String previousHash) throws Exception {
        var entry = new AuditEntry(
                sequence,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                "system",
                "audit.chain-keyed",
                "audit-chain",
                "chain",
                "entries=" + (sequence - 1));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_entry (sequence, recorded_at, actor, action, subject_type, subject_id, detail,
                                         previous_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, entry.sequence());
            insert.setObject(2, Timestamps.offset(entry.recordedAt()));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.subjectType());
            insert.setString(6, entry.subjectId());
            insert.setString(7, entry.detail());
            insert.setString(8, previousHash);
            insert.setString(9, keys.seal(previousHash, entry));
            insert.executeUpdate();
        }
    }
}
