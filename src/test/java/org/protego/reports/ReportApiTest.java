package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProtegoTest
class ReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    static Map<String, Object> validReport() {
        return Map.of(
                "category",
                "child_sexual_abuse_material",
                "urls",
                List.of("http://example.org/gallery/1"),
                "description",
                "Seen on a forum",
                "country",
                "FR",
                "language",
                "fr",
                "childInDanger",
                false,
                "reporterIsChild",
                false);
    }

    @Test
    void acceptedReportAnswersReferenceFollowUpCodeAndReceivedStatus() {
        var answer = api.postJson("/api/v1/reports", null, validReport());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("reference").asString()).matches("PR-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(answer.json().get("followUpCode").asString()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(answer.json().get("status").asString()).isEqualTo("received");
    }

    @Test
    void acknowledgedReportIsAlreadyStoredWhenTheAnswerArrives() {
        var answer = api.submitReport(validReport());

        int stored = jdbc.sql("select count(*) from reports_report where reference = :reference")
                .param("reference", answer.get("reference").asString())
                .query(Integer.class)
                .single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void reporterFollowsUpWithReferenceAndCodeTypedLoosely() {
        var answer = api.submitReport(validReport());

        var status = api.postJson(
                "/api/v1/reports/status",
                null,
                Map.of(
                        "reference", answer.get("reference").asString().toLowerCase(),
                        "followUpCode",
                                answer.get("followUpCode")
                                        .asString()
                                        .replace("-", " ")
                                        .toLowerCase()));

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("received");
        assertThat(status.json().properties()).hasSize(1);
    }

    @Test
    void wrongFollowUpCodeRevealsNothing() {
        var answer = api.submitReport(validReport());

        var status = api.postJson(
                "/api/v1/reports/status",
                null,
                Map.of("reference", answer.get("reference").asString(), "followUpCode", "0000-0000-0000"));

        assertThat(status.status()).isEqualTo(404);
        assertThat(status.body()).doesNotContain("received");
    }

    @Test
    void repeatedRequestWithSameIdempotencyKeyReturnsFirstAnswerAndStoresOneReport() {
        String key = UUID.randomUUID().toString();

        var first = api.postJson("/api/v1/reports", null, validReport(), Map.of("Idempotency-Key", key));
        var second = api.postJson("/api/v1/reports", null, validReport(), Map.of("Idempotency-Key", key));

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from reports_idempotent_submission where idempotency_key = :key")
                        .param("key", "public:" + key)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void idempotencyKeyReusedForADifferentReportIsRefused() {
        String key = UUID.randomUUID().toString();
        api.postJson("/api/v1/reports", null, validReport(), Map.of("Idempotency-Key", key));

        var other = new java.util.HashMap<>(validReport());
        other.put("description", "A different report");
        var reused = api.postJson("/api/v1/reports", null, other, Map.of("Idempotency-Key", key));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void badInputIsRefusedWithAProblemNamingEveryFieldAndNothingIsStored() {
        int before = reportCount();
        var report = Map.<String, Object>of(
                "category",
                "pictures",
                "urls",
                List.of("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "http:///no-host"),
                "country",
                "XX",
                "description",
                "a\u0000b",
                "contact",
                "x".repeat(501));

        var refused = api.postJson("/api/v1/reports", null, report);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        var fields = refused.json()
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
        assertThat(fields)
                .contains("category", "urls[0]", "urls[1]", "urls[2]", "urls[3]", "country", "description", "contact");
        assertThat(reportCount()).isEqualTo(before);
    }

    @Test
    void moreThanOneHundredUrlsAreRefused() {
        var report = new java.util.HashMap<>(validReport());
        report.put("urls", Collections.nCopies(101, "http://example.org/x"));

        var refused = api.postJson("/api/v1/reports", null, report);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("too-many-urls");
    }

    @Test
    void overLongDescriptionIsRefused() {
        var report = new java.util.HashMap<>(validReport());
        report.put("description", "x".repeat(5001));

        var refused = api.postJson("/api/v1/reports", null, report);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
    }

    @Test
    void malformedJsonIsRefusedWithAProblemAndNoStackTrace() {
        var refused = api.postJson("/api/v1/reports", null, "{\"category\": [");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void materialOnlineNeedsAUrl() {
        var refused = api.postJson(
                "/api/v1/reports",
                null,
                Map.of("category", "child_sexual_abuse_material", "description", "I saw something"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("url-required");
    }

    @Test
    void groomingNeedsNoUrl() {
        var answer = api.postJson(
                "/api/v1/reports",
                null,
                Map.of(
                        "category",
                        "grooming",
                        "description",
                        "An adult keeps messaging my friend asking for photos",
                        "reporterIsChild",
                        true));

        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void descriptionAndContactAreEncryptedAtRest() {
        var report = new java.util.HashMap<>(validReport());
        report.put("contact", "maria@example.org");
        var answer = api.submitReport(report);

        var stored = jdbc.sql(
                        "select description_encrypted, contact_encrypted from reports_report where reference = :r")
                .param("r", answer.get("reference").asString())
                .query((rs, n) -> rs.getString(1) + rs.getString(2))
                .single();
        assertThat(stored).doesNotContain("Seen on a forum").doesNotContain("maria@example.org");
    }

    private int reportCount() {
        return jdbc.sql("select count(*) from reports_report")
                .query(Integer.class)
                .single();
    }
}
