package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

/**
 * The block list entry and the takedown of an item assessed illegal are made by listeners after the assessment
 * commits; until they are, the analyst's pages say the change is on its way. The tests put an item back into that
 * moment by removing what the listeners wrote.
 */
@ProtegoTest
class ChangeOnItsWayTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    Api page;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        page = new Api(port);
        page.signIn(analyst);
    }

    String illegalItem(String path) {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl(path));
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        return item;
    }

    @Test
    void blockListPageSaysTheEntryIsBeingPreparedUntilTheListenerMadeIt() {
        String item = illegalItem("/on-its-way");
        jdbc.sql("delete from blocklist_item_decision where url_item_id = :item")
                .param("item", UUID.fromString(item))
                .update();
        jdbc.sql("delete from blocklist_entry where url_item_id = :item")
                .param("item", UUID.fromString(item))
                .update();

        var preparing =
                Jsoup.parse(page.get("/staff/blocklist/items/" + item, null).body());

        assertThat(preparing.getElementById("entry-preparing")).isNotNull();
        assertThat(preparing.select(".entry-state")).isEmpty();
        assertThat(api.get("/api/v1/blocklist/items/" + item, analyst.token())
                        .json()
                        .get("entryBeingPrepared")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void itemAssessedBeforeDecisionsWereKeptIsNotSaidToBeOnItsWay() {
        String item = illegalItem("/assessed-long-ago");
        jdbc.sql("delete from blocklist_item_decision where url_item_id = :item")
                .param("item", UUID.fromString(item))
                .update();
        jdbc.sql("update triage_assessment set assessed_at = assessed_at - interval '10 years' "
                        + "where url_item_id = :item")
                .param("item", UUID.fromString(item))
                .update();

        var page = Jsoup.parse(
                this.page.get("/staff/blocklist/items/" + item, null).body());

        assertThat(page.getElementById("entry-preparing")).isNull();
        assertThat(page.select(".entry-state")).hasSize(1);
    }

    @Test
    void blockListPageShowsTheEntryOnceTheListenerMadeIt() {
        String item = illegalItem("/arrived");

        var listed =
                Jsoup.parse(page.get("/staff/blocklist/items/" + item, null).body());

        assertThat(listed.getElementById("entry-preparing")).isNull();
        assertThat(listed.select(".entry-state")).hasSize(1);
    }

    @Test
    void itemNotAssessedIllegalIsNeverSaidToBeOnItsWay() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/not-illegal"));
        Fixtures.assessed(api, analyst, item, "not_illegal", "NL");

        var page = Jsoup.parse(
                this.page.get("/staff/blocklist/items/" + item, null).body());

        assertThat(page.getElementById("entry-preparing")).isNull();
        assertThat(page.getElementById("mark-dedicated"))
                .as("only items assessed illegal can be listed")
                .isNull();
    }

    @Test
    void urlOnAPublicSuffixGetsNoEntryAndThePageSaysWhy() {
        String item = Fixtures.reportedItem(api, analyst, "http://com/x-" + UUID.randomUUID());
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");

        var listing =
                api.get("/api/v1/blocklist/items/" + item, analyst.token()).json();
        var shown = Jsoup.parse(page.get("/staff/blocklist/items/" + item, null).body());

        assertThat(listing.get("entries").isEmpty()).isTrue();
        assertThat(listing.get("refusal").asString()).isEqualTo("host-is-public-suffix");
        assertThat(listing.get("refusedHost").asString()).isEqualTo("com");
        assertThat(shown.getElementById("entry-refused").attr("data-code")).isEqualTo("host-is-public-suffix");
        assertThat(shown.getElementById("entry-refused").text()).contains("com");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'blocklist.entry-refused' "
                                + "and subject_id = :item")
                        .param("item", item)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/url-items/" + item, analyst.token())
                        .json()
                        .get("currentAssessment")
                        .get("outcome")
                        .asString())
                .as("the assessment stands")
                .isIn("csam_baseline", "CHILD_SEXUAL_ABUSE_MATERIAL_BASELINE");
    }

    @Test
    void takedownPageSaysTheTakedownIsBeingPreparedUntilTheListenerOpenedIt() {
        String item = illegalItem("/takedown-on-its-way");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        jdbc.sql("delete from takedown_item where url_item_id = :item")
                .param("item", UUID.fromString(item))
                .update();

        var preparing = page.get("/staff/takedown/" + item, null);

        assertThat(preparing.status()).isEqualTo(200);
        assertThat(Jsoup.parse(preparing.body()).getElementById("takedown-preparing"))
                .isNotNull();
    }

    @Test
    void takedownPageOfAnItemNotAssessedIllegalIsNotFound() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/no-takedown"));

        assertThat(page.get("/staff/takedown/" + item, null).status()).isEqualTo(404);
        assertThat(api.postJson(
                                "/api/v1/url-items/" + item + "/assessment",
                                analyst.token(),
                                Map.of("outcome", "not_illegal"))
                        .status())
                .isEqualTo(201);
        assertThat(page.get("/staff/takedown/" + item, null).status()).isEqualTo(404);
    }
}
