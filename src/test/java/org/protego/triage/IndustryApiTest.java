package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
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
class IndustryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser isp;

    @BeforeEach
    void member() {
        api = new Api(port);
        isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
    }

    static List<String> urls(int count) {
        String host = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        var urls = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            urls.add("http://" + host + "/item/" + i);
        }
        return urls;
    }

    int storedUrlsOn(String host) {
        return jdbc.sql("select count(*) from reports_url where canonical_url like :prefix")
                .param("prefix", "http://" + host + "/%")
                .query(Integer.class)
                .single();
    }

    @Test
    void tenThousandUrlsAreAcceptedInOneRequestWithAResultForEach() {
        List<String> urls = urls(10_000);

        var answer = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of("urls", urls, "category", "child_sexual_abuse_material"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(10_000);
        assertThat(answer.json().get("results").size()).isEqualTo(10_000);
        assertThat(storedUrlsOn(java.net.URI.create(urls.get(0)).getHost())).isEqualTo(10_000);
    }

    @Test
    void invalidUrlsAreRefusedOneByOneWhileTheRestIsAccepted() {
        var answer = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of(
                        "urls",
                        List.of("http://fine.example/a", "javascript:alert(1)", "http:///nohost"),
                        "category",
                        "other"));

        var results = answer.json().get("results");
        assertThat(results.get(0).get("accepted").asBoolean()).isTrue();
        assertThat(results.get(1).get("error").asString()).isEqualTo("url-unsupported-scheme");
        assertThat(results.get(2).get("error").asString()).isEqualTo("url-missing-host");
    }

    @Test
    void aFailedRequestStoresNothing() {
        List<String> tooMany = urls(10_001);
        String host = java.net.URI.create(tooMany.get(0)).getHost();

        var refused = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of("urls", tooMany, "category", "child_sexual_abuse_material"));
        var unknownCategory = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of("urls", tooMany.subList(0, 10), "category", "pictures"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(storedUrlsOn(host)).isZero();
    }

    @Test
    void repeatedRequestWithTheSameKeyReturnsTheFirstAnswer() {
        var body = Map.of("urls", urls(50), "category", "child_sexual_abuse_material");
        String key = UUID.randomUUID().toString();

        var first = api.postJson("/api/v1/industry/reports", isp.token(), body, Map.of("Idempotency-Key", key));
        var again = api.postJson("/api/v1/industry/reports", isp.token(), body, Map.of("Idempotency-Key", key));

        assertThat(again.json().get("reference").asString())
                .isEqualTo(first.json().get("reference").asString());
        assertThat(again.body()).isEqualTo(first.body());
        int reports = jdbc.sql("select count(*) from reports_report where reference = :r")
                .param("r", first.json().get("reference").asString())
                .query(Integer.class)
                .single();
        assertThat(reports).isEqualTo(1);
    }

    @Test
    void aPublicCallerCannotReachAnIndustryMembersAnswerThroughItsKey() {
        String key = UUID.randomUUID().toString();
        var industryAnswer = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of("urls", urls(2), "category", "child_sexual_abuse_material"),
                Map.of("Idempotency-Key", key));
        String organisationId = jdbc.sql("select submitter_organisation_id from reports_report where reference = :r")
                .param("r", industryAnswer.json().get("reference").asString())
                .query(String.class)
                .single();

        var publicAnswer = api.postJson(
                "/api/v1/reports",
                null,
                Map.of("category", "other", "description", "a different report"),
                Map.of("Idempotency-Key", "industry:" + organisationId + ":" + key));
        var samePublicKey = api.postJson(
                "/api/v1/reports",
                null,
                Map.of("category", "other", "description", "another report"),
                Map.of("Idempotency-Key", key));

        assertThat(publicAnswer.status())
                .as("not a conflict with, nor a copy of, the member's answer")
                .isEqualTo(201);
        assertThat(publicAnswer.json().get("reference").asString())
                .isNotEqualTo(industryAnswer.json().get("reference").asString());
        assertThat(samePublicKey.status()).isEqualTo(201);
    }

    @Test
    void refusedUrlsAreEchoedBackTruncated() {
        String longInvalid = "javascript:" + "a".repeat(1500);

        var answer = api.postJson(
                "/api/v1/industry/reports",
                isp.token(),
                Map.of("urls", List.of(longInvalid, urls(1).get(0)), "category", "other"));

        var refused = answer.json().get("results").get(0);
        assertThat(refused.get("accepted").asBoolean()).isFalse();
        assertThat(refused.get("url").asString())
                .hasSize(201)
                .startsWith("javascript:aaa")
                .endsWith("…");
    }

    @Test
    void memberReadsOutcomesOfItsOwnSubmissionOnly() {
        var analyst = api.createUser("hotline", "ANALYST");
        String url = urls(1).get(0);
        String reference = api.postJson(
                        "/api/v1/industry/reports",
                        isp.token(),
                        Map.of("urls", List.of(url), "category", "child_sexual_abuse_material"))
                .json()
                .get("reference")
                .asString();
        String query =
                "/api/v1/url-items?url=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(query, analyst.token()).json().size() == 1);
        String item = api.get(query, analyst.token()).json().get(0).get("id").asString();
        api.postJson(
                "/api/v1/url-items/" + item + "/assessment",
                analyst.token(),
                Map.of("outcome", "csam_baseline", "ageBand", "prepubescent"));

        var outcomes =
                api.get("/api/v1/industry/reports/" + reference, isp.token()).json();
        assertThat(outcomes.get(0).get("outcome").asString()).isEqualTo("csam_baseline");
        assertThat(outcomes.get(0).toString()).doesNotContain("prepubescent");

        var otherMember = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        assertThat(api.get("/api/v1/industry/reports/" + reference, otherMember.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyIndustryMembersSubmitInBulk() {
        var analyst = api.createUser("hotline", "ANALYST");

        var refused =
                api.postJson("/api/v1/industry/reports", analyst.token(), Map.of("urls", urls(1), "category", "other"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.postJson("/api/v1/industry/reports", null, Map.of("urls", urls(1), "category", "other"))
                        .status())
                .isEqualTo(401);
    }
}
