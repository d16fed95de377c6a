package org.protego.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Api;
import org.protego.DatabaseSuperuser;
import org.protego.Openssl;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The chain is sealed with a key the database does not hold, and its signed head tells a rewrite from outside. */
@ProtegoTest
class AuditHeadTest {

    @LocalServerPort
    int port;

    @Value("${protego.data-dir}")
    String dataDir;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        api.submitReport(Map.of("category", "grooming", "description", "an audited report"));
    }

    JsonNode head() {
        var answer = api.get("/api/v1/audit/head", api.adminToken());
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    JsonNode verifyAgainst(JsonNode head) {
        return api.postJson("/api/v1/audit/verify", api.adminToken(), head).json();
    }

    @Test
    void theSignedHeadVerifiesWithOpensslAndThePublishedKey(@TempDir Path directory) throws Exception {
        JsonNode head = head();

        var verdict = Openssl.verify(
                directory,
                api.get("/api/v1/audit/public-key", api.adminToken()).body(),
                head.get("signedText").asString().getBytes(StandardCharsets.UTF_8),
                head.get("signature").asString());

        assertThat(verdict.verified()).as(verdict.output()).isTrue();
        assertThat(head.get("signedText").asString())
                .contains("sequence: " + head.get("sequence").asLong())
                .contains("entry-hash: " + head.get("entryHash").asString());
    }

    @Test
    void anIntactChainStillHoldsAnEarlierHead() {
        JsonNode earlier = head();
        api.submitReport(Map.of("category", "grooming", "description", "a later report"));

        var verification = verifyAgainst(earlier);

        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("headMatches").asBoolean()).isTrue();
    }

    @Test
    void aChainRewrittenWithPlainHashesAsTheFirstReleaseMadeThemIsDetected() {
        JsonNode exported = head();
        long sequence = exported.get("sequence").asLong();

        JsonNode verification = whileTampered(
                superuser -> {
                    // Someone who can write the table but not read the key recomputes a self-consistent SHA-256 seal.
                    superuser
                            .sql("update audit_entry set actor = 'forged', entry_hash = :hash where sequence = :s")
                            .param("hash", plainSha256Seal(superuser, sequence, "forged"))
                            .param("s", sequence)
                            .update();
                },
                () -> verifyAgainst(exported));

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
        assertThat(verification.get("headMatches").asBoolean()).isFalse();
    }

    @Test
    void aChainCutShortIsConsistentInItselfButNoLongerHoldsTheExportedHead() {
        JsonNode exported = head();
        long sequence = exported.get("sequence").asLong();

        JsonNode verification = whileTampered(
                superuser -> superuser
                        .sql("delete from audit_entry where sequence >= :s")
                        .param("s", sequence - 1)
                        .update(),
                () -> verifyAgainst(exported));

        assertThat(verification.get("valid").asBoolean())
                .as("what is left still chains")
                .isTrue();
        assertThat(verification.get("headMatches").asBoolean()).isFalse();
    }

    @Test
    void aHeadWhoseTextWasChangedNoLongerCarriesAValidSignature() {
        ObjectNode moved = (ObjectNode) head().deepCopy();
        moved.put("sequence", moved.get("sequence").asLong() + 1_000_000);

        var answer = api.postJson("/api/v1/audit/verify", api.adminToken(), moved);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("head-signature-invalid");
    }

    @Test
    void aHeadNotSignedByThisServerIsRefused() {
        ObjectNode forged = (ObjectNode) head().deepCopy();
        forged.put("entryHash", "0".repeat(64));

        var answer = api.postJson("/api/v1/audit/verify", api.adminToken(), forged);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("head-signature-invalid");
    }

    @Test
    void anAdministratorDownloadsTheHeadOnTheAuditPageAndChecksItThereLater() {
        var administrator = api.createUser("hotline", "ADMIN");
        var browser = new Api(port);
        browser.signIn(administrator);

        var download = browser.get("/admin/audit/head", null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        api.submitReport(Map.of("category", "grooming", "description", "a report after the download"));
        var checked = browser.postForm("/admin/audit", "/admin/audit/verify", Map.of("head", download.body()));
        var forged = browser.postForm(
                "/admin/audit",
                "/admin/audit/verify",
                Map.of("head", download.body().replace("\"sequence\":", "\"sequence\":1")));

        assertThat(checked.body()).contains("id=\"head-matches\"").doesNotContain("id=\"head-differs\"");
        assertThat(forged.header("Location")).endsWith("/admin/audit");
        assertThat(browser.get("/admin/audit", null).body())
                .contains("id=\"problems\"")
                .contains("was not signed by this server");
    }

    @Test
    void theAuditPageIsNotForAnalysts() {
        var analyst = api.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        assertThat(browser.get("/admin/audit/head", null).status()).isEqualTo(403);
    }

    @Test
    void onlyAnAdministratorExportsTheHead() {
        var analyst = api.createUser("hotline", "ANALYST");

        assertThat(api.get("/api/v1/audit/head", analyst.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/head", null).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/audit/verify", analyst.token(), head()).status())
                .isEqualTo(403);
    }

    private static String plainSha256Seal(JdbcClient superuser, long sequence, String actor) {
        var canonical = superuser
                .sql("""
                        select previous_hash, recorded_at, action, subject_type, subject_id, detail from audit_entry
                        where sequence = :s""")
                .param("s", sequence)
                .query((rs, n) -> {
                    var text = new StringBuilder(rs.getString(1));
                    for (String field : new String[] {
                        Long.toString(sequence),
                        rs.getTimestamp(2).toInstant().toString(),
                        actor,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)
                    }) {
                        text.append('|').append(field.length()).append(':').append(field);
                    }
                    return text.toString();
                })
                .single();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tampers as an attacker with the database's superuser rights would, switching the append-only guard off, checks
     * what the server says while the damage stands, and then puts every row back as it was. The chain's lock is held
     * throughout, so that nothing is appended to a chain that is being cut and restored.
     */
    private JsonNode whileTampered(Consumer<JdbcClient> tamper, Supplier<JsonNode> check) {
        try (Connection connection = DatabaseSuperuser.of(dataDir).getConnection()) {
            var superuser = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            superuser
                    .sql("select pg_advisory_lock(:lock)")
                    .param("lock", AuditTrail.CHAIN_LOCK)
                    .query()
                    .singleRow();
            superuser
                    .sql("create temporary table audit_entry_before as select * from audit_entry")
                    .update();
            try {
                guardOff(connection, superuser, tamper);
                return check.get();
            } finally {
                guardOff(connection, superuser, restoring -> {
                    restoring.sql("delete from audit_entry").update();
                    restoring
                            .sql("insert into audit_entry select * from audit_entry_before")
                            .update();
                });
                superuser
                        .sql("select pg_advisory_unlock(:lock)")
                        .param("lock", AuditTrail.CHAIN_LOCK)
                        .query()
                        .singleRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void guardOff(Connection connection, JdbcClient superuser, Consumer<JdbcClient> work)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            superuser
                    .sql("alter table audit_entry disable trigger audit_entry_append_only")
                    .update();
            work.accept(superuser);
            superuser
                    .sql("alter table audit_entry enable trigger audit_entry_append_only")
                    .update();
            connection.commit();
        } catch (RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
