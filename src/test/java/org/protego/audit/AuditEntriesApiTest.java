package org.protego.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** An administrator reads what the audit log holds about one subject, whatever the subject's type. */
@ProtegoTest
class AuditEntriesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate transactions;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void administratorSeesEveryEntryAboutAUserNewestFirst() {
        var worker = api.createUser("hotline", "CASE_WORKER");
        api.putJson(
                "/api/v1/admin/users/" + worker.id() + "/roles",
                api.adminToken(),
                Map.of("roles", List.of("SUPERVISOR")));

        var answer = api.get("/api/v1/audit/entries?subjectId=" + worker.id(), api.adminToken());

        assertThat(answer.status()).isEqualTo(200);
        List<JsonNode> entries = answer.json().valueStream().toList();
        assertThat(entries)
                .extracting(entry -> entry.get("action").asString())
                .containsSubsequence("user.roles-changed", "token.issued", "user.enrolment-issued", "user.created");
        assertThat(entries)
                .extracting(entry -> entry.get("sequence").asLong())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonNode newest = entries.get(0);
        assertThat(newest.get("actor").asString()).startsWith("test-admin-");
        assertThat(newest.get("subjectType").asString()).isEqualTo("user");
        assertThat(newest.get("subjectId").asString()).isEqualTo(worker.id());
        assertThat(newest.get("detail").asString()).isEqualTo("roles=[SUPERVISOR]");
        assertThat(Instant.parse(newest.get("at").asString()))
                .isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void entriesAboutTheSameIdUnderEverySubjectTypeAreListedAndNoOthers() {
        String subjectId = UUID.randomUUID().toString();
        String neighbour = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            auditTrail.recordAs("system", "case.viewed", "case", subjectId, "purpose=test");
            auditTrail.recordAs("system", "thing.touched", "zz-thing", subjectId, "");
            auditTrail.recordAs("system", "case.viewed", "case", neighbour, "purpose=test");
        });

        var entries = api.get("/api/v1/audit/entries?subjectId=" + subjectId, api.adminToken())
                .json();

        assertThat(entries.valueStream().map(entry -> entry.get("subjectType").asString()))
                .containsExactly("zz-thing", "case");
    }

    @Test
    void atMostFiveHundredEntriesAreListed() {
        String subjectId = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < AuditTrail.MAX_ENTRIES_ABOUT_SUBJECT + 1; i++) {
                auditTrail.recordAs("system", "case.viewed", "case", subjectId, "n=" + i);
            }
        });

        var entries = api.get("/api/v1/audit/entries?subjectId=" + subjectId, api.adminToken())
                .json();

        assertThat(entries.size()).isEqualTo(500);
        assertThat(entries.get(0).get("detail").asString()).isEqualTo("n=500");
    }

    @Test
    void aMissingOrBlankSubjectIsRefusedAsAProblem() {
        for (String query : List.of("", "?subjectId=", "?subjectId=%20")) {
            var refused = api.get("/api/v1/audit/entries" + query, api.adminToken());

            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("code").asString())
                    .isEqualTo("audit-subject-id-required");
        }
    }

    @Test
    void nonAdministratorCannotReadEntriesAboutASubject() {
        var supervisor = api.createUser("hotline", "SUPERVISOR");

        var refused = api.get("/api/v1/audit/entries?subjectId=" + supervisor.id(), supervisor.token());

        assertThat(refused.status()).isEqualTo(403);
    }
}
