package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Where national rules require it, the law enforcement focal point hears of illegal content before anyone else. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protego.takedown.law-enforcement-first=true", "protego.country=MT"})
@ActiveProfiles("test")
class LawEnforcementFirstTest {

    @LocalServerPort
    int port;

    @Test
    void providerNoticeWaitsForTheNationalFocalPoint() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        String provider = api.postJson(
                        "/api/v1/takedown/providers",
                        analyst.token(),
                        Map.of(
                                "name",
                                "Host " + UUID.randomUUID(),
                                "abuseContact",
                                "abuse@host.example",
                                "country",
                                "MT",
                                "language",
                                "en"))
                .json()
                .get("id")
                .asString();
        api.postJson(
                "/api/v1/takedown/partners",
                analyst.token(),
                Map.of(
                        "kind",
                        "LAW_ENFORCEMENT",
                        "name",
                        "National focal point",
                        "contact",
                        "cyber@police.mt.example",
                        "country",
                        "MT",
                        "language",
                        "en",
                        "recipientForCountry",
                        true));
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/domestic"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "MT");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        var toProvider = Map.of("recipientKind", "PROVIDER", "providerId", provider);

        var refused = api.postJson("/api/v1/takedown/items/" + item + "/notices", analyst.token(), toProvider);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("takedown-law-enforcement-first");
        assertThat(api.postJson(
                                "/api/v1/takedown/items/" + item + "/notices",
                                analyst.token(),
                                Map.of("recipientKind", "LAW_ENFORCEMENT"))
                        .status())
                .isEqualTo(201);
        assertThat(api.postJson("/api/v1/takedown/items/" + item + "/notices", analyst.token(), toProvider)
                        .status())
                .isEqualTo(201);
    }

    String nationalFocalPoint(Api api, Api.StaffUser analyst, boolean recipient) {
        String name = "Focal point " + UUID.randomUUID();
        api.postJson(
                "/api/v1/takedown/partners",
                analyst.token(),
                Map.of(
                        "kind",
                        "LAW_ENFORCEMENT",
                        "name",
                        name,
                        "contact",
                        "cyber@police.mt.example",
                        "country",
                        "MT",
                        "language",
                        "en",
                        "recipientForCountry",
                        recipient));
        return name;
    }

    String itemHostedIn(Api api, Api.StaffUser analyst, String country) {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/abroad"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", country);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        return item;
    }

    @Test
    void lawEnforcementFallsBackToTheNationalFocalPointTheOrganisationMarked() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        String marked = nationalFocalPoint(api, analyst, true);
        nationalFocalPoint(api, analyst, false);
        String item = itemHostedIn(api, analyst, "IS");

        var notice = api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "LAW_ENFORCEMENT"));

        assertThat(notice.status()).isEqualTo(201);
        assertThat(notice.json().get("recipientName").asString()).isEqualTo(marked);
    }

    @Test
    void anUnmarkedNationalFocalPointIsNeverTheFallback() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        String marked = nationalFocalPoint(api, analyst, true);
        String id = api.get("/api/v1/takedown/partners", analyst.token())
                .json()
                .valueStream()
                .filter(p -> p.get("name").asString().equals(marked))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        api.delete("/api/v1/takedown/partners/" + id + "/recipient", analyst.token());
        String item = itemHostedIn(api, analyst, "IS");

        var refused = api.postJson(
                "/api/v1/takedown/items/" + item + "/notices",
                analyst.token(),
                Map.of("recipientKind", "LAW_ENFORCEMENT"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("recipient-not-marked");
    }
}
