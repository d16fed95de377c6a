package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A refused action on a block list page returns to that page, which says why in the analyst's language. */
@ProtegoTest
class BlocklistPagesTest {

    @LocalServerPort
    int port;

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

    String illegalItem(String url) {
        String item = Fixtures.reportedItem(api, analyst, url);
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        return item;
    }

    long entryOf(String item) {
        return api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                .json()
                .get(0)
                .get("id")
                .asLong();
    }

    Api.Response appeal(String item, long entry, String appellant, String grounds) {
        return page.postForm(
                "/staff/blocklist/items/" + item,
                "/staff/blocklist/items/" + item + "/appeals",
                Map.of("entryId", Long.toString(entry), "appellant", appellant, "grounds", grounds));
    }

    @Test
    void appealRecordedOnTheItemPageIsShownOnTheOverview() {
        String item = illegalItem(Fixtures.uniqueUrl("/appealed-on-the-page"));
        String grounds = "Replaced page " + UUID.randomUUID();

        var recorded = appeal(item, entryOf(item), "Site owner", grounds);

        assertThat(recorded.status()).isIn(302, 303);
        assertThat(recorded.header("Location")).endsWith("/staff/blocklist/items/" + item + "?appealed");
        assertThat(page.get("/staff/blocklist", null).body()).contains(grounds);
    }

    @Test
    void appealWithoutGroundsReturnsToTheItemPageSayingWhyBesideTheFieldAndKeepsWhatWasTyped() {
        String item = illegalItem(Fixtures.uniqueUrl("/appeal-without-grounds"));
        long entry = entryOf(item);

        var refused = appeal(item, entry, "Site owner", " ");

        assertThat(refused.status()).isIn(302, 303);
        assertThat(refused.header("Location")).endsWith("/staff/blocklist/items/" + item);
        var shown = Jsoup.parse(page.get("/staff/blocklist/items/" + item, null).body());
        assertThat(shown.getElementById("problems").text()).contains("1 to 2000 characters.");
        assertThat(shown.getElementById("grounds-error-" + entry).text()).isEqualTo("1 to 2000 characters.");
        assertThat(shown.getElementById("grounds-" + entry).attr("aria-describedby"))
                .isEqualTo("grounds-error-" + entry);
        assertThat(shown.getElementById("appellant-" + entry).val()).isEqualTo("Site owner");
        assertThat(shown.getElementById("appellant-error-" + entry)).isNull();
    }

    @Test
    void refusedDedicatedDomainReturnsToTheItemPageInTheAnalystsLanguage() {
        String item = illegalItem("http://192.0.2.44/gallery-" + UUID.randomUUID());
        page.get("/staff/blocklist/items/" + item + "?lang=fr", null);

        var refused = page.postForm(
                "/staff/blocklist/items/" + item, "/staff/blocklist/items/" + item + "/dedicated-domain", Map.of());

        assertThat(refused.status()).isIn(302, 303);
        assertThat(refused.header("Location")).endsWith("/staff/blocklist/items/" + item);
        var shown = Jsoup.parse(page.get("/staff/blocklist/items/" + item, null).body());
        assertThat(shown.select("#problems li").text())
                .isEqualTo("« 192.0.2.44 » : L'hôte est une adresse IP ; seuls des noms de domaine entrent dans la zone"
                        + " de politique.");
        assertThat(api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                        .json()
                        .valueStream()
                        .map(entry -> entry.get("kind").asString()))
                .doesNotContain("DOMAIN");
    }
}
