package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/** On the directory page an analyst marks their organisation's partners as recipients, and only those. */
@ProtegoTest
class DirectoryPageTest {

    static final String DIRECTORY = "/staff/takedown/directory";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    String partner(Api api, Api.StaffUser analyst, String country) {
        var added = api.postJson(
                "/api/v1/takedown/partners",
                analyst.token(),
                Map.of(
                        "kind",
                        "PARTNER_HOTLINE",
                        "name",
                        "Page hotline " + UUID.randomUUID(),
                        "contact",
                        "reports@page.example",
                        "country",
                        country,
                        "language",
                        "en"));
        return added.json().get("id").asString();
    }

    static String entryOf(String page, String partnerId) {
        int start = page.indexOf("id=\"partner-" + partnerId + "\"");
        assertThat(start).as("the partner is listed").isPositive();
        return page.substring(start, page.indexOf("</li>", start));
    }

    boolean isMarked(Api api, Api.StaffUser analyst, String partnerId) {
        return api.get("/api/v1/takedown/partners", analyst.token())
                .json()
                .valueStream()
                .filter(p -> p.get("id").asString().equals(partnerId))
                .findFirst()
                .orElseThrow()
                .get("recipientForCountry")
                .asBoolean();
    }

    @Test
    void anAnalystMarksTheirOrganisationsPartnerWithTheButton() {
        var api = new Api(port);
        var analyst = api.createUser("page-" + UUID.randomUUID(), "ANALYST");
        String id = partner(api, analyst, "BT");
        var browser = new Api(port);
        browser.signIn(analyst);

        assertThat(entryOf(browser.get(DIRECTORY, null).body(), id)).contains("mark-recipient");
        var marked = browser.postForm(DIRECTORY, DIRECTORY + "/partners/" + id + "/recipient", Map.of());

        assertThat(marked.status()).isEqualTo(302);
        assertThat(isMarked(api, analyst, id)).isTrue();
        assertThat(entryOf(browser.get(DIRECTORY, null).body(), id)).contains("recipient-flag", "unmark-recipient");
    }

    @Test
    void anotherOrganisationsPartnerHasNoButtonAndCannotBeMarkedFromThePage() {
        var api = new Api(port);
        var owner = api.createUser("page-" + UUID.randomUUID(), "ANALYST");
        var other = api.createUser("page-" + UUID.randomUUID(), "ANALYST");
        String id = partner(api, owner, "BT");
        var browser = new Api(port);
        browser.signIn(other);

        assertThat(entryOf(browser.get(DIRECTORY, null).body(), id)).doesNotContain("mark-recipient");
        var refused = browser.postForm(DIRECTORY, DIRECTORY + "/partners/" + id + "/recipient", Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(isMarked(api, owner, id)).isFalse();
    }

    @Test
    void theNoticePageSaysWhenNoRecipientIsMarkedForTheCountry() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/unmarked"));
        // Antarctica: no test marks a recipient there.
        Fixtures.assessed(api, analyst, item, "csam_baseline", "AQ");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);
        var browser = new Api(port);
        browser.signIn(analyst);

        var refused = browser.postForm(
                "/staff/takedown/" + item,
                "/staff/takedown/" + item + "/notices",
                Map.of("recipientKind", "PARTNER_HOTLINE"));

        assertThat(refused.status()).as("back to the notice page").isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/staff/takedown/" + item);
        String expected = messages.getMessage(
                TakedownError.RECIPIENT_NOT_MARKED.messageKey(),
                new Object[] {messages.getMessage("takedown.kindInText.PARTNER_HOTLINE", null, Locale.ENGLISH), "AQ"},
                Locale.ENGLISH);
        assertThat(HtmlUtils.htmlUnescape(
                        browser.get("/staff/takedown/" + item, null).body()))
                .contains(expected);
    }

    @Test
    void aRefusedProviderReturnsToTheDirectoryWithWhatWasTypedAndWhatIsWrongBesideTheField() {
        var api = new Api(port);
        var analyst = api.createUser("page-" + UUID.randomUUID(), "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);
        String name = "Typed host " + UUID.randomUUID();

        var refused = browser.postForm(
                DIRECTORY,
                DIRECTORY + "/providers",
                Map.of("name", name, "abuseContact", "abuse@typed.example", "country", "XX", "language", "en"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(DIRECTORY);
        var page = Jsoup.parse(browser.get(DIRECTORY, null).body());
        assertThat(page.getElementById("provider-name").val()).isEqualTo(name);
        assertThat(page.getElementById("provider-country").val()).isEqualTo("XX");
        assertThat(page.getElementById("provider-country-problem").text())
                .isEqualTo(messages.getMessage(TakedownError.COUNTRY_UNKNOWN.messageKey(), null, Locale.ENGLISH));
        assertThat(page.getElementById("provider-country").attr("aria-describedby"))
                .isEqualTo("provider-country-problem");
        assertThat(page.getElementById("provider-name-problem"))
                .as("the name was right")
                .isNull();
        assertThat(page.getElementById("partner-name").val())
                .as("the other form")
                .isEmpty();
        assertThat(page.getElementById("partner-country-problem")).isNull();
    }
}
