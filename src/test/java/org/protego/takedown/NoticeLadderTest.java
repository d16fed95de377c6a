package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class NoticeLadderTest {

    @LocalServerPort
    int port;

    @Autowired
    TakedownManagement takedown;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    String country;

    @BeforeEach
    void directory() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        // A country of its own per test, so that partners of other tests are never chosen.
        country = new String[] {"TV", "NR", "PW", "KI", "TO", "WS", "FM", "MH", "SB", "VU"}[(int) (Math.random() * 10)];
    }

    String providerWithUpstream() {
        var upstream = api.postJson(
                "/api/v1/takedown/providers",
                analyst.token(),
                Map.of(
                        "name",
                        "Transit " + UUID.randomUUID(),
                        "abuseContact",
                        "abuse@transit.example",
                        "country",
                        country,
                        "language",
                        "en"));
        var provider = api.postJson(
                "/api/v1/takedown/providers",
                analyst.token(),
                Map.of(
                        "name",
                        "Host " + UUID.randomUUID(),
                        "abuseContact",
                        "abuse@host.example",
                        "country",
                        country,
                        "language",
                        "fr",
                        "upstreamId",
                        upstream.json().get("id").asString()));
        return provider.json().get("id").asString();
    }

    String illegalItem() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/album"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", country);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        return item;
    }

    JsonNode takedownOf(String item) {
        return api.get("/api/v1/takedown/items/" + item, analyst.token()).json();
    }

    @Test
    void noticeToTheProviderCarriesTheReportReferenceAndStartsTheClock() {
        String provider = providerWithUpstream();
        String item = illegalItem();

        var notice = api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PROVIDER", "providerId", provider));

        assertThat(notice.status()).isEqualTo(201);
        assertThat(notice.json().get("subject").asString()).contains("PR-");
        assertThat(notice.json().get("body").asString())
                .contains("http://site-")
                .doesNotContain("<img");
        var clock = takedownOf(item);
        assertThat(clock.get("state").asString()).isEqualTo("NOTICE_SENT");
        assertThat(clock.get("firstNoticeAt").isNull()).isFalse();
        assertThat(clock.get("nextStepDueAt").isNull()).isFalse();
    }

    @Test
    void unremovedItemClimbsTheLadderStepByStepAsTimePasses() {
        String provider = providerWithUpstream();
        api.postJson(
                "/api/v1/takedown/partners",
                analyst.token(),
                Map.of(
                        "kind",
                        "PARTNER_HOTLINE",
                        "name",
                        "Hotline of " + country,
                        "contact",
                        "reports@hotline.example",
                        "country",
                        country,
                        "language",
                        "en",
                        "recipientForCountry",
                        true));
        api.postJson(
                "/api/v1/takedown/partners",
                analyst.token(),
                Map.of(
                        "kind",
                        "LAW_ENFORCEMENT",
                        "name",
                        "Police of " + country,
                        "contact",
                        "cyber@police.example",
                        "country",
                        country,
                        "language",
                        "en",
                        "recipientForCountry",
                        true));
        String item = illegalItem();
        api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PROVIDER", "providerId", provider));
        Instant start = Instant.now();

        takedown.escalateDue(start.plus(Duration.ofHours(23)));
        assertThat(takedownOf(item).get("notices").size())
                .as("nothing is due before 24 hours")
                .isEqualTo(1);

        for (int hours : new int[] {25, 25 + 25, 50 + 49, 99 + 73}) {
            takedown.escalateDue(Instant.now().plus(Duration.ofHours(hours)));
        }

        var notices = takedownOf(item).get("notices");
        assertThat(notices.valueStream()
                        .map(n -> n.get("recipientKind").asString())
                        .toList())
                .containsExactly("PROVIDER", "PROVIDER", "UPSTREAM", "PARTNER_HOTLINE", "LAW_ENFORCEMENT");
        assertThat(notices.get(1).get("body").asString()).contains("2");
        assertThat(notices.get(1).get("sentBy").asString()).isEqualTo("system");
        int audited = jdbc.sql("select count(*) from audit_entry where action = 'notice.sent' and subject_id = :item")
                .param("item", item)
                .query(Integer.class)
                .single();
        assertThat(audited).isEqualTo(5);
    }

    @Test
    void rungsWithoutARecipientAreSkipped() {
        var provider = api.postJson(
                        "/api/v1/takedown/providers",
                        analyst.token(),
                        Map.of(
                                "name",
                                "Lonely host",
                                "abuseContact",
                                "abuse@lonely.example",
                                "country",
                                "AQ",
                                "language",
                                "en"))
                .json()
                .get("id")
                .asString();
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/x"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "AQ");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PROVIDER", "providerId", provider));

        takedown.escalateDue(Instant.now().plus(Duration.ofHours(25)));
        takedown.escalateDue(Instant.now().plus(Duration.ofHours(50)));

        assertThat(takedownOf(item)
                        .get("notices")
                        .valueStream()
                        .map(n -> n.get("recipientKind").asString())
                        .toList())
                .containsExactly("PROVIDER", "PROVIDER");
        assertThat(takedownOf(item).get("nextStepDueAt").isNull())
                .as("ladder exhausted")
                .isTrue();
    }

    @Test
    void confirmedRemovalStopsEscalationAndIsRecordedWithReChecks() {
        String provider = providerWithUpstream();
        String item = illegalItem();
        api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PROVIDER", "providerId", provider));
        api.postJson("/api/v1/takedown/items/" + item + "/rechecks", analyst.token(), Map.of("stillAvailable", true));

        api.postJson("/api/v1/takedown/items/" + item + "/rechecks", analyst.token(), Map.of("stillAvailable", false));
        takedown.escalateDue(Instant.now().plus(Duration.ofDays(30)));

        var clock = takedownOf(item);
        assertThat(clock.get("state").asString()).isEqualTo("REMOVED");
        assertThat(clock.get("rechecks").size()).isEqualTo(2);
        assertThat(clock.get("notices").size()).isEqualTo(1);
        var again = api.postJson("/api/v1/takedown/items/" + item + "/removal", analyst.token(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("takedown-removal-already-confirmed");
        assertThat(again.json().get("detail").asString()).isEqualTo("Removal was already confirmed.");
    }

    @Test
    void acknowledgementIsRecordedOnce() {
        String provider = providerWithUpstream();
        String item = illegalItem();
        String notice = api.postJson(
                        "/api/v1/takedown/items/" + item + "/notices",
                        analyst.token(),
                        Map.of("recipientKind", "PROVIDER", "providerId", provider))
                .json()
                .get("id")
                .asString();

        assertThat(api.postJson("/api/v1/takedown/notices/" + notice + "/acknowledgement", analyst.token(), Map.of())
                        .status())
                .isEqualTo(200);
        var again = api.postJson("/api/v1/takedown/notices/" + notice + "/acknowledgement", analyst.token(), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("takedown-notice-already-acknowledged");
        assertThat(takedownOf(item).get("notices").get(0).get("acknowledgedAt").isNull())
                .isFalse();
    }

    @Test
    void noticeWithoutAKnownRecipientIsRefused() {
        String item = illegalItem();

        var refused = api.postJson(
                "/api/v1/takedown/items/" + item + "/notices", analyst.token(), Map.of("recipientKind", "PROVIDER"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("providerId");
    }

    @Test
    void invalidDirectoryEntryIsRefusedNamingEachField() {
        var refused = api.postJson(
                "/api/v1/takedown/providers",
                analyst.token(),
                Map.of("name", "", "abuseContact", "x", "country", "XX", "language", "english"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("name", "country", "language");
    }

    @Test
    void industryTokenCannotReadNoticesOrTakedowns() {
        var industry = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");

        assertThat(api.get("/api/v1/takedown/items", industry.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/takedown/providers", industry.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/queue", industry.token()).status()).isEqualTo(403);
    }
}
