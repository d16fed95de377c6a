package org.protego.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.DatabaseSuperuser;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProtegoTest
class AuditChainTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${protego.data-dir}")
    String dataDir;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
        api.submitReport(Map.of("category", "grooming", "description", "Someone asked a child for photos"));
    }

    @Test
    void intactChainVerifiesThroughTheApi() {
        var verification = api.get("/api/v1/audit/verify", api.adminToken());

        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().get("valid").asBoolean()).isTrue();
        assertThat(verification.json().get("entries").asLong()).isPositive();
    }

    @Test
    void nonAdministratorCannotVerifyTheChain() {
        var analyst = api.createUser("hotline", "ANALYST");

        assertThat(api.get("/api/v1/audit/verify", analyst.token()).status()).isEqualTo(403);
    }

    @Test
    void databaseRefusesToChangeOrDeleteAnEntryEvenForTheSuperuser() {
        assertThatThrownBy(() -> DatabaseSuperuser.inTransaction(
                        dataDir,
                        superuser -> superuser
                                .sql("update audit_entry set actor = 'someone else' where sequence = 1")
                                .update()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> DatabaseSuperuser.inTransaction(
                        dataDir,
                        superuser -> superuser
                                .sql("delete from audit_entry where sequence = 1")
                                .update()))
                .hasMessageContaining("append-only");
    }

    @Test
    void modifiedEntryIsDetected() {
        long sequence = lastSequence();
        String actor = jdbc.sql("select actor from audit_entry where sequence = :s")
                .param("s", sequence)
                .query(String.class)
                .single();
        try {
            bypassingTheGuard("update audit_entry set actor = 'forged' where sequence = " + sequence);

            var verification = api.get("/api/v1/audit/verify", api.adminToken()).json();
            assertThat(verification.get("valid").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
        } finally {
            bypassingTheGuard("update audit_entry set actor = '" + actor + "' where sequence = " + sequence);
        }
        assertThat(api.get("/api/v1/audit/verify", api.adminToken())
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void deletedEntryIsDetected() {
        long sequence = lastSequence() - 1;
        try {
            bypassingTheGuard(
                    "create table audit_entry_saved as select * from audit_entry where sequence = " + sequence);
            bypassingTheGuard("delete from audit_entry where sequence = " + sequence);

            var verification = api.get("/api/v1/audit/verify", api.adminToken()).json();
            assertThat(verification.get("valid").asBoolean()).isFalse();
        } finally {
            bypassingTheGuard("insert into audit_entry select * from audit_entry_saved");
            bypassingTheGuard("drop table audit_entry_saved");
        }
        assertThat(api.get("/api/v1/audit/verify", api.adminToken())
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void submittingAReportIsAudited() {
        var answer = api.submitReport(Map.of("category", "trafficking", "description", "Children moved at night"));

        int entries = jdbc.sql("select count(*) from audit_entry where action = 'report.received' and detail like :d")
                .param("d", "reference=" + answer.get("reference").asString() + "%")
                .query(Integer.class)
                .single();
        assertThat(entries).isEqualTo(1);
    }

    private long lastSequence() {
        return jdbc.sql("select max(sequence) from audit_entry")
                .query(Long.class)
                .single();
    }

    /** An attacker with database superuser rights can switch the guard off; the chain still tells. */
    private void bypassingTheGuard(String statement) {
        DatabaseSuperuser.inTransaction(dataDir, superuser -> {
            superuser
                    .sql("alter table audit_entry disable trigger audit_entry_append_only")
                    .update();
            superuser.sql(statement).update();
            superuser
                    .sql("alter table audit_entry enable trigger audit_entry_append_only")
                    .update();
        });
    }
}
