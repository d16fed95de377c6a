package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The national block list belongs to the hotline organisation: its analysts and supervisors change it, a second one
 * approves what is held and decides appeals, others read published versions only.
 */
@ProtegoTest
class ListOwnershipTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser secondAnalyst;
    Api.StaffUser partner;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        secondAnalyst = api.createUser("hotline", "ANALYST");
        partner = api.createUser("partner-" + UUID.randomUUID().toString().substring(0, 8), "ANALYST", "SUPERVISOR");
        Fixtures.clearPendingChanges(api, analyst);
    }

    static String canaryUrl() {
        return "http://w" + UUID.randomUUID().toString().substring(0, 6) + ".wikipedia.org/";
    }

    /** A version held because it would block an allow-listed site, with the item the analyst assessed. */
    long heldVersion(Api.StaffUser requester, Api.StaffUser publisher) {
        String item = Fixtures.reportedItem(api, requester, canaryUrl());
        Fixtures.assessed(api, requester, item, "csam_baseline", "US");
        var held = api.postJson("/api/v1/blocklist/publish", publisher.token(), Map.of())
                .json();
        assertThat(held.get("state").asString()).isEqualTo("HELD");
        return held.get("version").asLong();
    }

    long listedEntry() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/owned"));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        return api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                .json()
                .get(0)
                .get("id")
                .asLong();
    }

    @Test
    void staffOfAnotherOrganisationCannotPublishApproveRejectOrSeeHeldVersions() {
        long version = heldVersion(analyst, analyst);

        assertThat(api.postJson("/api/v1/blocklist/publish", partner.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/blocklist/versions/" + version + "/approval", partner.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/blocklist/versions/" + version + "/rejection", partner.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/blocklist/versions", partner.token()).status())
                .isEqualTo(403);
        assertThat(stateOf(version)).isEqualTo("HELD");
    }

    @Test
    void staffOfAnotherOrganisationStillReadPublishedVersions() {
        listedEntry();
        long published = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json()
                .get("version")
                .asLong();

        assertThat(api.get("/api/v1/blocklist/versions/" + published, partner.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/blocklist/versions/" + published + "/rpz", partner.token())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void supervisorOfTheHotlineApprovesAVersionAnAnalystHeld() {
        long version = heldVersion(analyst, analyst);
        var supervisor = api.createUser("hotline", "SUPERVISOR");

        var approved =
                api.postJson("/api/v1/blocklist/versions/" + version + "/approval", supervisor.token(), Map.of());

        assertThat(approved.status()).isEqualTo(200);
        assertThat(stateOf(version)).isEqualTo("PUBLISHED");
    }

    @Test
    void analystWhoRequestedAnAdditionCannotApproveItEvenWhenSomeoneElsePublished() {
        long version = heldVersion(analyst, secondAnalyst);

        var requester = api.postJson("/api/v1/blocklist/versions/" + version + "/approval", analyst.token(), Map.of());
        var creator =
                api.postJson("/api/v1/blocklist/versions/" + version + "/approval", secondAnalyst.token(), Map.of());

        assertThat(requester.status()).isEqualTo(409);
        assertThat(requester.json().get("detail").asString()).contains("second analyst or a supervisor");
        assertThat(creator.status()).isEqualTo(409);
        assertThat(stateOf(version)).isEqualTo("HELD");
        var third = api.createUser("hotline", "ANALYST");
        assertThat(api.postJson("/api/v1/blocklist/versions/" + version + "/approval", third.token(), Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void approverSeesEveryReasonAVersionIsHeldOnThePageAndInTheApi() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String item = Fixtures.reportedItem(api, analyst, canaryUrl());
            api.postJson(
                    "/api/v1/url-items/" + item + "/assessment",
                    analyst.token(),
                    Map.of("outcome", "csam_baseline", "hostingCountry", "US"));
            items.add(item);
        }
        items.forEach(item -> Fixtures.blocklistActedOn(api, analyst, item));
        long version = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json()
                .get("version")
                .asLong();

        JsonNode listed = api.get("/api/v1/blocklist/versions", secondAnalyst.token())
                .json()
                .valueStream()
                .filter(v -> v.get("version").asLong() == version)
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("holdReasons")
                        .valueStream()
                        .map(r -> r.get("code").asString()))
                .hasSize(25)
                .containsOnly("canary");
        assertThat(listed.get("heldReasons").asString().split("; ")).hasSize(25);
        var page = new Api(port);
        page.signIn(secondAnalyst);
        var row = Jsoup.parse(page.get("/staff/blocklist", null).body()).getElementById("version-" + version);
        assertThat(row.select(".hold-reasons li")).hasSize(25);
    }

    @Test
    void appealBelongsToTheHotlineAndWhoeverRecordedItCannotDecideIt() {
        long entry = listedEntry();
        var appeal = api.postJson(
                        "/api/v1/blocklist/appeals",
                        analyst.token(),
                        Map.of("entryId", entry, "appellant", "Site owner", "grounds", "Wrong page"))
                .json();
        String decision = "/api/v1/blocklist/appeals/" + appeal.get("id").asString() + "/decision";

        var ownDecision = api.postJson(decision, analyst.token(), Map.of("upheld", true));

        assertThat(ownDecision.status()).isEqualTo(409);
        assertThat(ownDecision.json().get("detail").asString()).contains("You recorded this appeal");
        UUID hotline = jdbc.sql("select id from identity_organisation where name = 'hotline'")
                .query(UUID.class)
                .single();
        assertThat(appeal.get("organisationId").asString()).isEqualTo(hotline.toString());
        assertThat(api.postJson(decision, secondAnalyst.token(), Map.of("upheld", false))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void recorderOfAnAppealIsToldOnThePageThatSomeoneElseDecidesIt() {
        long entry = listedEntry();
        String appealId = api.postJson(
                        "/api/v1/blocklist/appeals",
                        analyst.token(),
                        Map.of("entryId", entry, "appellant", "Site owner", "grounds", "Wrong page"))
                .json()
                .get("id")
                .asString();
        var page = new Api(port);
        page.signIn(analyst);

        var refused = page.postForm(
                "/staff/blocklist", "/staff/blocklist/appeals/" + appealId + "/decision", Map.of("upheld", "true"));

        assertThat(refused.status()).isIn(302, 303);
        assertThat(refused.header("Location")).endsWith("/staff/blocklist");
        var shown = Jsoup.parse(page.get("/staff/blocklist", null).body());
        assertThat(shown.getElementById("problems").text())
                .contains("You recorded this appeal; another analyst or a supervisor decides it.");
        assertThat(jdbc.sql("select state from blocklist_appeal where id = :id")
                        .param("id", UUID.fromString(appealId))
                        .query(String.class)
                        .single())
                .isEqualTo("OPEN");
    }

    @Test
    void staffOfAnotherOrganisationCannotRecordOrDecideAppeals() {
        long entry = listedEntry();
        var refusedRecord = api.postJson(
                "/api/v1/blocklist/appeals",
                partner.token(),
                Map.of("entryId", entry, "appellant", "Site owner", "grounds", "Wrong page"));
        String appealId = api.postJson(
                        "/api/v1/blocklist/appeals",
                        analyst.token(),
                        Map.of("entryId", entry, "appellant", "Site owner", "grounds", "Wrong page"))
                .json()
                .get("id")
                .asString();

        var refusedDecision = api.postJson(
                "/api/v1/blocklist/appeals/" + appealId + "/decision", partner.token(), Map.of("upheld", true));

        assertThat(refusedRecord.status()).isEqualTo(403);
        assertThat(refusedDecision.status()).isEqualTo(403);
    }

    private String stateOf(long version) {
        return jdbc.sql("select state from blocklist_version where version = :v")
                .param("v", version)
                .query(String.class)
                .single();
    }
}
