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
import tools.jackson.databind.JsonNode;

/**
 * Escalated notices go to the partner the item's organisation marked as its recipient for the hosting country, never to
 * the partner that happens to be oldest, and never to one another organisation marked.
 */
@ProtegoTest
class RecipientEscalationTest {

    @LocalServerPort
    int port;

    @Autowired
    TakedownManagement takedown;

    Api api;
    Api.StaffUser analyst;
    String country;

    @BeforeEach
    void hotlineWithNoRecipientForTheCountry() {
        api = new Api(port);
        // Public reports reach the hotline organisation, so its items are the ones that escalate.
        analyst = api.createUser("hotline", "ANALYST");
        country = new String[] {"LA", "MN", "NP", "LK", "MV", "BD", "KH", "BN", "TL", "PG"}[(int) (Math.random() * 10)];
        String hotlineId = api.get("/api/v1/admin/organisations", api.adminToken())
                .json()
                .valueStream()
                .filter(o -> o.get("name").asString().equals("hotline"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        api.get("/api/v1/takedown/partners", analyst.token())
                .json()
                .valueStream()
                .filter(p -> p.get("organisationId").asString().equals(hotlineId)
                        && p.get("country").asString().equals(country)
                        && p.get("recipientForCountry").asBoolean())
                .forEach(p -> api.delete(
                        "/api/v1/takedown/partners/" + p.get("id").asString() + "/recipient", analyst.token()));
    }

    String partner(Api.StaffUser who, String name, boolean recipient) {
        var added = api.postJson(
                "/api/v1/takedown/partners",
                who.token(),
                Map.of(
                        "kind",
                        "PARTNER_HOTLINE",
                        "name",
                        name,
                        "contact",
                        "reports@partner.example",
                        "country",
                        country,
                        "language",
                        "en",
                        "recipientForCountry",
                        recipient));
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    /** An illegal item hosted in the country, whose provider was noticed once and has no upstream. */
    String noticedItem() {
        String provider = api.postJson(
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
                                "en"))
                .json()
                .get("id")
                .asString();
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/escalated"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", country);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PROVIDER", "providerId", provider));
        return item;
    }

    JsonNode noticesAfterTheProviderRungs(String item) {
        takedown.escalateDue(Instant.now().plus(Duration.ofHours(25)));
        takedown.escalateDue(Instant.now().plus(Duration.ofHours(50)));
        return api.get("/api/v1/takedown/items/" + item, analyst.token()).json().get("notices");
    }

    @Test
    void theEscalatedNoticeGoesToTheMarkedPartnerNotTheOldest() {
        String oldest = "Oldest " + UUID.randomUUID();
        String chosen = "Chosen " + UUID.randomUUID();
        partner(analyst, oldest, false);
        partner(analyst, chosen, true);
        String item = noticedItem();

        var notices = noticesAfterTheProviderRungs(item);

        var last = notices.get(notices.size() - 1);
        assertThat(last.get("recipientKind").asString()).isEqualTo("PARTNER_HOTLINE");
        assertThat(last.get("recipientName").asString()).isEqualTo(chosen);
    }

    @Test
    void withNoPartnerMarkedThePartnerRungIsSkippedWhateverPartnersExist() {
        partner(analyst, "Unmarked " + UUID.randomUUID(), false);
        partner(api.createUser("elsewhere-" + UUID.randomUUID(), "ANALYST"), "Theirs " + UUID.randomUUID(), true);
        String item = noticedItem();

        var notices = noticesAfterTheProviderRungs(item);

        assertThat(notices.valueStream().map(n -> n.get("recipientKind").asString()))
                .doesNotContain("PARTNER_HOTLINE");
    }

    @Test
    void anAnalystSendingAPartnerNoticeByHandIsToldNoRecipientIsMarked() {
        partner(analyst, "Unmarked " + UUID.randomUUID(), false);
        String item = noticedItem();

        var refused = api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PARTNER_HOTLINE"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("recipient-not-marked");
    }

    @Test
    void anAnalystSendingAPartnerNoticeByHandReachesTheMarkedPartner() {
        String chosen = "Chosen " + UUID.randomUUID();
        partner(analyst, chosen, true);
        String item = noticedItem();

        var sent = api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "PARTNER_HOTLINE"));

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("recipientName").asString()).isEqualTo(chosen);
    }
}
