package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.Openssl;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class BlocklistTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser secondAnalyst;
    Api.StaffUser isp;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        secondAnalyst = api.createUser("hotline", "ANALYST");
        isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        Fixtures.rejectHeldVersions(api, analyst);
    }

    JsonNode publish(Api.StaffUser by) {
        return api.postJson("/api/v1/blocklist/publish", by.token(), Map.of()).json();
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void illegalUrlIsListedAsTheDigestOfItsExpressionNeverAsReadableText() throws Exception {
        String url = Fixtures.uniqueUrl("/gallery/7?page=2");
        String item = Fixtures.reportedItem(api, analyst, url);
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");

        long version = publish(analyst).get("version").asLong();
        String feed = api.get("/api/v1/blocklist/versions/" + version + "/hashed-urls", isp.token())
                .body();

        String expression = url.substring("http://".length());
        assertThat(feed.lines()).contains(sha256(expression));
        assertThat(feed).doesNotContain("site-").doesNotContain("gallery");
        assertThat(feed.lines().toList()).isSorted();
    }

    @Test
    void latestVersionCarriesTheFeedsSha256AndASignatureOpensslVerifies(@TempDir Path directory) throws Exception {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/signed"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        publish(analyst);

        var latest = api.get("/api/v1/blocklist/versions/latest", isp.token()).json();
        String feed = api.get(
                        "/api/v1/blocklist/versions/" + latest.get("version").asLong() + "/hashed-urls", isp.token())
                .body();

        assertThat(sha256(feed)).isEqualTo(latest.get("sha256").asString());
        assertThat(latest.get("entries").asInt()).isEqualTo((int) feed.lines().count());
        var verdict = Openssl.verify(
                directory,
                new Api(port).get("/api/v1/blocklist/public-key", null).body(),
                feed.getBytes(StandardCharsets.UTF_8),
                latest.get("signature").asString());
        assertThat(verdict.verified()).as(verdict.output()).isTrue();
    }

    @Test
    void confirmedRemovalTakesTheItemOffTheListAndTheDeltaSaysSo() throws Exception {
        String url = Fixtures.uniqueUrl("/removed");
        String item = Fixtures.reportedItem(api, analyst, url);
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        long listed = publish(analyst).get("version").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);

        api.postJson("/api/v1/takedown/items/" + item + "/removal", analyst.token(), Map.of());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                        .json()
                        .get(0)
                        .get("state")
                        .asString()
                        .equals("PENDING_REMOVAL"));
        long delisted = publish(analyst).get("version").asLong();

        String digest = sha256(url.substring("http://".length()));
        assertThat(api.get("/api/v1/blocklist/versions/" + delisted + "/hashed-urls", isp.token())
                        .body())
                .doesNotContain(digest);
        assertThat(api.get("/api/v1/blocklist/versions/" + listed + "/hashed-urls", isp.token())
                        .body())
                .as("an older version is unchanged")
                .contains(digest);
        var delta =
                api.get("/api/v1/blocklist/delta?from=" + listed, isp.token()).json();
        assertThat(delta.get("removed").valueStream().map(JsonNode::asString).toList())
                .contains(digest);
        assertThat(delta.get("added").valueStream().map(JsonNode::asString).toList())
                .doesNotContain(digest);
    }

    @Test
    void deltaFromAnUnknownVersionIsRefused() {
        assertThat(api.get("/api/v1/blocklist/delta?from=999999", isp.token()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/blocklist/delta?from=abc", isp.token()).status())
                .isEqualTo(400);
    }

    @Test
    void domainOnTheCanaryListIsHeldUntilASecondAnalystApproves() {
        String item = Fixtures.reportedItem(
                api, analyst, "http://w" + UUID.randomUUID().toString().substring(0, 6) + ".wikipedia.org/");
        Fixtures.assessed(api, analyst, item, "csam_baseline", "US");
        var held = publish(analyst);
        assertThat(held.get("state").asString()).isEqualTo("HELD");
        assertThat(held.get("heldReasons").asString()).contains("allow-listed");
        long version = held.get("version").asLong();
        assertThat(api.get("/api/v1/blocklist/versions/" + version + "/hashed-urls", isp.token())
                        .status())
                .as("a held version is not served")
                .isEqualTo(404);

        var sameAnalyst =
                api.postJson("/api/v1/blocklist/versions/" + version + "/approval", analyst.token(), Map.of());
        assertThat(sameAnalyst.status()).isEqualTo(409);

        var approved =
                api.postJson("/api/v1/blocklist/versions/" + version + "/approval", secondAnalyst.token(), Map.of());
        assertThat(approved.json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(api.get("/api/v1/blocklist/versions/latest", isp.token())
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(version);
    }

    @Test
    void versionAddingMoreThanTheCapIsHeldAndRejectingItWithdrawsItsAdditions() {
        publish(analyst);
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < 51; i++) {
            ids.add(Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/bulk/" + i)));
        }
        ids.forEach(id -> api.postJson(
                "/api/v1/url-items/" + id + "/assessment",
                analyst.token(),
                Map.of("outcome", "csam_baseline", "hostingCountry", "NL")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ids.stream()
                        .allMatch(id -> !api.get("/api/v1/blocklist/entries?urlItemId=" + id, analyst.token())
                                .json()
                                .isEmpty()));

        var held = publish(analyst);
        assertThat(held.get("state").asString()).isEqualTo("HELD");
        assertThat(held.get("heldReasons").asString()).contains("cap of 50");

        api.postJson(
                "/api/v1/blocklist/versions/" + held.get("version").asLong() + "/rejection",
                secondAnalyst.token(),
                Map.of());
        assertThat(api.get("/api/v1/blocklist/entries?urlItemId=" + ids.get(0), analyst.token())
                        .json()
                        .get(0)
                        .get("state")
                        .asString())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void upheldAppealTakesTheEntryOffWithTheNextVersion() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/appealed"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        publish(analyst);
        long entry = api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                .json()
                .get(0)
                .get("id")
                .asLong();

        var appeal = api.postJson(
                "/api/v1/blocklist/appeals",
                analyst.token(),
                Map.of("entryId", entry, "appellant", "Owner of the site", "grounds", "The page was replaced"));
        api.postJson(
                "/api/v1/blocklist/appeals/" + appeal.json().get("id").asString() + "/decision",
                secondAnalyst.token(),
                Map.of("upheld", true, "decision", "Checked: content gone"));
        publish(analyst);

        assertThat(api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                        .json()
                        .get(0)
                        .get("state")
                        .asString())
                .isEqualTo("REMOVED");
    }

    @Test
    void industryTokenReadsTheListButCannotPublishOrApprove() {
        assertThat(api.get("/api/v1/blocklist/versions/latest", isp.token()).status())
                .isIn(200, 404);
        assertThat(api.postJson("/api/v1/blocklist/publish", isp.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/blocklist/versions", isp.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/blocklist/versions/latest", null).status()).isEqualTo(401);
    }

    @Test
    void everyPublishedVersionIsInTheAuditChain() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/audited"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        long version = publish(analyst).get("version").asLong();

        int entries = jdbc.sql("select count(*) from audit_entry where action = 'blocklist.version-published' "
                        + "and subject_id = :v")
                .param("v", Long.toString(version))
                .query(Integer.class)
                .single();
        assertThat(entries).isEqualTo(1);
        assertThat(api.get("/api/v1/audit/verify", api.adminToken())
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }
}
