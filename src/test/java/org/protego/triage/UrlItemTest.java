package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class UrlItemTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser analyst;

    @BeforeEach
    void connect() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
    }

    String uniqueHost() {
        return "site-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    JsonNode report(String... urls) {
        return api.submitReport(Map.of("category", "child_sexual_abuse_material", "urls", List.of(urls)));
    }

    List<JsonNode> itemsFor(String url, int expectedReports) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var items = api.get("/api/v1/url-items?url=" + encode(url), analyst.token())
                    .json();
            return items.size() == 1 && items.get(0).get("reportCount").asInt() == expectedReports;
        });
        return api.get("/api/v1/url-items?url=" + encode(url), analyst.token())
                .json()
                .valueStream()
                .toList();
    }

    @Test
    void sameUrlReportedInDifferentSpellingsIsOneItemWithAllItsReports() {
        String host = uniqueHost();
        report("http://" + host + "/gallery/%7Ealbum");
        report("HTTP://" + host.toUpperCase() + ":80/gallery/./~album#top");
        report("  http://" + host + "./x/../gallery/~album  ");

        var items = itemsFor("http://" + host + "/gallery/~album", 3);

        assertThat(items.get(0).get("canonicalUrl").asString()).isEqualTo("http://" + host + "/gallery/~album");
    }

    @Test
    void urlsDifferingInPathCaseQueryOrEncodedSlashAreSeparateItems() {
        String host = uniqueHost();
        report(
                "http://" + host + "/a/b",
                "http://" + host + "/A/b",
                "http://" + host + "/a/b?page=2",
                "http://" + host + "/a%2Fb");

        for (String url : List.of(
                "http://" + host + "/a/b",
                "http://" + host + "/A/b",
                "http://" + host + "/a/b?page=2",
                "http://" + host + "/a%2Fb")) {
            assertThat(itemsFor(url, 1)).hasSize(1);
        }
    }

    @Test
    void assessingEveryItemAsIllegalMovesTheReportToActionTakenAndClosingClosesIt() {
        String host = uniqueHost();
        var answer = report("http://" + host + "/one", "http://" + host + "/two");
        var statusRequest = Map.of(
                "reference",
                answer.get("reference").asString(),
                "followUpCode",
                answer.get("followUpCode").asString());
        String first = itemsFor("http://" + host + "/one", 1).get(0).get("id").asString();
        String second = itemsFor("http://" + host + "/two", 1).get(0).get("id").asString();

        assess(first, "csam_baseline");
        assertThat(status(statusRequest)).isEqualTo("in_assessment");
        assess(second, "not_illegal");
        assertThat(status(statusRequest)).isEqualTo("action_taken");

        String reportId = reportIdOf(answer.get("reference").asString());
        assertThat(api.postJson("/api/v1/reports/" + reportId + "/close", analyst.token(), Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(status(statusRequest)).isEqualTo("closed");
    }

    @Test
    void aUrlAssessedBeforeCarriesItsOutcomeToANewReport() {
        String url = "http://" + uniqueHost() + "/known";
        report(url);
        assess(itemsFor(url, 1).get(0).get("id").asString(), "csam_baseline");

        var later = report(url);

        var statusRequest = Map.of(
                "reference",
                later.get("reference").asString(),
                "followUpCode",
                later.get("followUpCode").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> status(statusRequest).equals("action_taken"));
    }

    @Test
    void invalidAssessmentIsRefusedAndNothingChanges() {
        String url = "http://" + uniqueHost() + "/x";
        report(url);
        String item = itemsFor(url, 1).get(0).get("id").asString();

        var refused = api.postJson(
                "/api/v1/url-items/" + item + "/assessment",
                analyst.token(),
                Map.of("outcome", "terrible", "hostingCountry", "QQ", "hostingAddress", "not-an-ip"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("outcome", "hostingCountry", "hostingAddress");
        assertThat(api.get("/api/v1/url-items/" + item, analyst.token())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("AWAITING_ASSESSMENT");
    }

    @Test
    void hostingCountryIsLookedUpFromTheImportedIpRanges() {
        var imported = api.postText(
                "/api/v1/admin/ip-ranges",
                api.adminToken(),
                "first_address,last_address,country\n198.51.100.0,198.51.100.255,NL\n2001:db8::,2001:db8::ffff,BR\n");
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        String url = "http://" + uniqueHost() + "/hosted";
        report(url);
        String item = itemsFor(url, 1).get(0).get("id").asString();

        var assessment = api.postJson(
                "/api/v1/url-items/" + item + "/assessment",
                analyst.token(),
                Map.of("outcome", "csam_baseline", "hostingAddress", "198.51.100.7"));

        assertThat(assessment.json().get("hostingCountry").asString()).isEqualTo("NL");
    }

    @Test
    void ipRangeFileWithABadLineChangesNothing() {
        api.postText("/api/v1/admin/ip-ranges", api.adminToken(), "203.0.113.0,203.0.113.255,ES\n");

        var refused = api.postText(
                "/api/v1/admin/ip-ranges", api.adminToken(), "192.0.2.0,192.0.2.255,FR\n192.0.2.9,192.0.2.1,FR\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("line 2");
    }

    @Test
    void analystOfAnotherOrganisationSeesNoneOfTheHotlinesReports() {
        String url = "http://" + uniqueHost() + "/private";
        var answer = report(url);
        itemsFor(url, 1);
        var outsider = api.createUser("police-" + UUID.randomUUID(), "ANALYST");

        assertThat(api.get("/api/v1/url-items?url=" + encode(url), outsider.token())
                        .json()
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/queue", outsider.token()).json().size()).isZero();
        String reportId = reportIdOf(answer.get("reference").asString());
        assertThat(api.get("/api/v1/reports/" + reportId, outsider.token()).status())
                .isEqualTo(404);
    }

    @Test
    void industryTokenCannotReadReportsOrItems() {
        var industry = api.createUser("hotline", "INDUSTRY");

        assertThat(api.get("/api/v1/queue", industry.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/url-items?url=http://example.org/", industry.token())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void queuePutsChildInDangerFirstThenReportsByChildrenThenOldest() {
        var plain = api.submitReport(Map.of("category", "other", "description", "plain"));
        var byChild = api.submitReport(Map.of("category", "other", "description", "child", "reporterIsChild", true));
        var danger = api.submitReport(Map.of("category", "other", "description", "danger", "childInDanger", true));

        // Each report reaches the queue through its own event; the order means something only once all three did.
        var references = List.of(
                plain.get("reference").asString(),
                byChild.get("reference").asString(),
                danger.get("reference").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> queueReferences().containsAll(references));
        List<String> queue = queueReferences();
        assertThat(queue.indexOf(danger.get("reference").asString()))
                .isLessThan(queue.indexOf(byChild.get("reference").asString()));
        assertThat(queue.indexOf(byChild.get("reference").asString()))
                .isLessThan(queue.indexOf(plain.get("reference").asString()));
    }

    List<String> queueReferences() {
        return api.get("/api/v1/queue", analyst.token())
                .json()
                .valueStream()
                .map(entry -> entry.get("reference").asString())
                .toList();
    }

    String reportIdOf(String reference) {
        await().atMost(Duration.ofSeconds(30)).until(() -> queueReferences().contains(reference));
        return api.get("/api/v1/queue", analyst.token())
                .json()
                .valueStream()
                .filter(entry -> entry.get("reference").asString().equals(reference))
                .findFirst()
                .orElseThrow()
                .get("reportId")
                .asString();
    }

    void assess(String itemId, String outcome) {
        var saved = api.postJson(
                "/api/v1/url-items/" + itemId + "/assessment",
                analyst.token(),
                Map.of("outcome", outcome, "hostingCountry", "NL"));
        assertThat(saved.status()).isEqualTo(201);
    }

    String status(Map<String, String> statusRequest) {
        return api.postJson("/api/v1/reports/status", null, statusRequest)
                .json()
                .get("status")
                .asString();
    }

    static String encode(String url) {
        return java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
    }
}
