package org.protego.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The chain is sealed with a key the database does not hold, and its signed head tells a rewrite from outside. */
@ProtegoTest
class AuditHeadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail auditTrail;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        api.submitReport(Map.of("category", "grooming", "description", "an audited report"));
    }

    JsonNode head() {
        var answer = api.get("/api/v1/audit/head", Api.BOOTSTRAP_TOKEN);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    JsonNode verifyAgainst(JsonNode head) {
        return api.postJson("/api/v1/audit/verify", Api.BOOTSTRAP_TOKEN, head).json();
    }

    @Test
    void theSignedHeadVerifiesWithOpensslAndThePublishedKey(@TempDir Path directory) throws Exception {
        JsonNode head = head();

        Path text = Files.writeString(
                directory.resolve("head.txt"), head.get("signedText").asString());
        Path signature = Files.write(
                directory.resolve("head.sig"),
                Base64.getDecoder().decode(head.get("signature").asString()));
        Path key = Files.writeString(
                directory.resolve("audit-public.pem"),
                api.get("/api/v1/audit/public-key", Api.BOOTSTRAP_TOKEN).body());
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "dgst",
                        "-sha256",
                        "-verify",
                        key.toString(),
                        "-signature",
                        signature.toString(),
                        text.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(openssl.waitFor()).as(output).isZero();
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
        AuditHead exported = Api.JSON.treeToValue(head(), AuditHead.class);
        long sequence = exported.sequence();

        AuditVerification verification = tamperingThenRollingBack(() -> {
            // Someone who can write the table but not read the key recomputes a self-consistent SHA-256 seal.
            jdbc.sql("update audit_entry set actor = 'forged', entry_hash = :hash where sequence = :s")
                    .param("hash", plainSha256Seal(sequence, "forged"))
                    .param("s", sequence)
                    .update();
            return auditTrail.verifyAgainst(exported);
        });

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSequence()).isEqualTo(sequence);
        assertThat(verification.headMatches()).isFalse();
    }

    @Test
    void aChainCutShortIsConsistentInItselfButNoLongerHoldsTheExportedHead() {
        AuditHead exported = Api.JSON.treeToValue(head(), AuditHead.class);

        AuditVerification verification = tamperingThenRollingBack(() -> {
            jdbc.sql("delete from audit_entry where sequence >= :s")
                    .param("s", exported.sequence() - 1)
                    .update();
            return auditTrail.verifyAgainst(exported);
        });

        assertThat(verification.valid()).as("what is left still chains").isTrue();
        assertThat(verification.headMatches()).isFalse();
    }

    @Test
    void aHeadWhoseTextWasChangedNoLongerCarriesAValidSignature() {
        ObjectNode moved = (ObjectNode) head().deepCopy();
        moved.put("sequence", moved.get("sequence").asLong() + 1_000_000);

        var answer = api.postJson("/api/v1/audit/verify", Api.BOOTSTRAP_TOKEN, moved);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("head-signature-invalid");
    }

    @Test
    void aHeadNotSignedByThisServerIsRefused() {
        ObjectNode forged = (ObjectNode) head().deepCopy();
        forged.put("entryHash", "0".repeat(64));

        var answer = api.postJson("/api/v1/audit/verify", Api.BOOTSTRAP_TOKEN, forged);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("head-signature-invalid");
    }

    @Test
    void onlyAnAdministratorExportsTheHead() {
        var analyst = api.createUser("hotline", "ANALYST");

        assertThat(api.get("/api/v1/audit/head", analyst.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit/head", null).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/audit/verify", analyst.token(), head()).status())
                .isEqualTo(403);
    }

    private String plainSha256Seal(long sequence, String actor) {
        var row = jdbc.sql("""
                        select previous_hash, recorded_at, action, subject_type, subject_id, detail from audit_entry
                        where sequence = :s""")
                .param("s", sequence)
                .query((rs, n) -> new AuditEntry(
                        sequence,
                        rs.getTimestamp(2).toInstant(),
                        actor,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .single();
        String previous = jdbc.sql("select previous_hash from audit_entry where sequence = :s")
                .param("s", sequence)
                .query(String.class)
                .single();
        var canonical = new StringBuilder(previous);
        for (String field : new String[] {
            Long.toString(sequence),
            row.recordedAt().toString(),
            row.actor(),
            row.action(),
            row.subjectType(),
            row.subjectId(),
            row.detail()
        }) {
            canonical.append('|').append(field.length()).append(':').append(field);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tampers as an attacker with the database's superuser rights would, switching the append-only guard off, and
     * verifies in the same transaction, which is then rolled back so that no other test sees the damage.
     */
    private AuditVerification tamperingThenRollingBack(Supplier<AuditVerification> tamperAndVerify) {
        var administrator = new TestingAuthenticationToken("auditor", null, "ROLE_ADMIN");
        SecurityContextHolder.getContext().setAuthentication(administrator);
        try {
            return transactions.execute(status -> {
                status.setRollbackOnly();
                jdbc.sql("select pg_advisory_xact_lock(:lock)")
                        .param("lock", AuditTrail.CHAIN_LOCK)
                        .query()
                        .singleRow();
                jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only")
                        .update();
                return tamperAndVerify.get();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
