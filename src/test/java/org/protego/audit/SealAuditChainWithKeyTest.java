package org.protego.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.protego.MigrationContext;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The first release's plain SHA-256 chain is sealed with the key once, and then verifies as a keyed chain. */
@ProtegoTest
class SealAuditChainWithKeyTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ChainKeys keys;

    @Test
    void aPlainChainIsResealedWithTheKeyAndTheSealingIsRecorded() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // A private copy of the table, found first on the search path, holding a chain as the first release
                // wrote it.
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("create temp table audit_entry (like audit_entry including all)");
                    ddl.execute("create trigger audit_entry_append_only before update or delete on audit_entry "
                            + "for each row execute function audit_refuse_change()");
                }
                String previous = "0".repeat(64);
                for (long sequence = 1; sequence <= 3; sequence++) {
                    var entry = new AuditEntry(
                            sequence,
                            Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence),
                            "analyst",
                            "report.viewed",
                            "report",
                            "r" + sequence,
                            "");
                    previous = insert(connection, entry, previous, plainSeal(previous, entry));
                }

                new SealAuditChainWithKey(keys).migrate(MigrationContext.on(connection));

                String expectedPrevious = "0".repeat(64);
                int entries = 0;
                String lastAction = null;
                try (Statement select = connection.createStatement();
                        ResultSet rows = select.executeQuery("select * from audit_entry order by sequence")) {
                    while (rows.next()) {
                        var entry = new AuditEntry(
                                rows.getLong("sequence"),
                                rows.getTimestamp("recorded_at").toInstant(),
                                rows.getString("actor"),
                                rows.getString("action"),
                                rows.getString("subject_type"),
                                rows.getString("subject_id"),
                                rows.getString("detail"));
                        assertThat(rows.getString("previous_hash")).isEqualTo(expectedPrevious);
                        assertThat(rows.getString("entry_hash")).isEqualTo(keys.seal(expectedPrevious, entry));
                        expectedPrevious = rows.getString("entry_hash");
                        lastAction = entry.action();
                        entries++;
                    }
                }
                assertThat(entries).isEqualTo(4);
                assertThat(lastAction).isEqualTo("audit.chain-keyed");
            } finally {
                connection.rollback();
            }
        }
    }

    private static String insert(Connection connection, AuditEntry entry, String previous, String seal)
            throws Exception {
        try (PreparedStatement insert =
                connection.prepareStatement("insert into audit_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setTimestamp(2, Timestamp.from(entry.recordedAt().truncatedTo(ChronoUnit.MICROS)));
            insert.setString(3, entry.actor());
            insert.setString(4, entry.action());
            insert.setString(5, entry.subjectType());
            insert.setString(6, entry.subjectId());
            insert.setString(7, entry.detail());
            insert.setString(8, previous);
            insert.setString(9, seal);
            insert.executeUpdate();
        }
        return seal;
    }

    private static String plainSeal(String previous, AuditEntry entry) throws Exception {
        var canonical = new StringBuilder(previous);
        for (String field : new String[] {
            Long.toString(entry.sequence()),
            entry.recordedAt().toString(),
            entry.actor(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId(),
            entry.detail()
        }) {
            canonical.append('|').append(field.length()).append(':').append(field);
        }
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
