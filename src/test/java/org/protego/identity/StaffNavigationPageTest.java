package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every staff page carries the navigation bar of the signed-in member, with the work waiting counted. */
@ProtegoTest
class StaffNavigationPageTest {

    @LocalServerPort
    int port;

    @Test
    void anAnalystsBarMarksTheQueueAndCountsTheOpenReportsOfTheirOrganisation() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);
        long before = openCount(browser.get("/staff/takedown", null));

        api.submitReport(Map.of("category", "grooming", "description", "a report the queue counts"));

        await().atMost(Duration.ofSeconds(30)).until(() -> openCount(browser.get("/staff/takedown", null)) > before);
        Document queue = page(browser.get("/staff/queue", null));
        assertThat(queue.select("nav.staff-nav a#nav-queue").attr("aria-current"))
                .isEqualTo("page");
        assertThat(queue.select("nav.staff-nav a#nav-takedown").hasAttr("aria-current"))
                .isFalse();
        assertThat(queue.select("#nav-takedown .count").text()).matches("\\d+ overdue");
        assertThat(queue.select("#nav-blocklist .count").text()).matches("\\d+ held");
        assertThat(queue.select(".staff-user").text())
                .contains(analyst.username())
                .contains("hotline");
        assertThat(queue.select("#nav-lang option[selected]").attr("value")).isEqualTo("en");
    }

    @Test
    void anAnalystOfAnotherOrganisationCountsNoneOfTheHotlinesReports() {
        var api = new Api(port);
        var outsider = api.createUser("partner-" + UUID.randomUUID().toString().substring(0, 8), "ANALYST");
        var browser = new Api(port);
        browser.signIn(outsider);

        Document queue = page(browser.get("/staff/queue", null));

        assertThat(queue.select("#nav-queue .count").text()).isEqualTo("0 open");
        assertThat(queue.select("#nav-blocklist .count").text())
                .as("only the hotline decides held versions")
                .isEqualTo("0 held");
    }

    @Test
    void anAdministratorsBarOffersAdministrationAndHashListsButNotTheQueue() {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser("hotline", "ADMIN"));

        Document users = page(browser.get("/admin/users", null));

        assertThat(users.select("nav.staff-nav a").eachAttr("id"))
                .containsExactly("nav-hash-lists", "nav-indicators", "nav-directory", "nav-monitoring", "nav-admin");
        assertThat(users.select("#nav-admin").attr("aria-current")).isEqualTo("true");
        assertThat(users.select("#nav-queue")).isEmpty();
    }

    @Test
    void theBarIsTranslatedAndItsLanguageFormReturnsToThePage() {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser("hotline", "HELPLINE_OPERATOR"));

        Document form = page(browser.get("/staff/helpline/reports/new?lang=ar", null));

        assertThat(form.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(form.select("#nav-helpline").text()).isEqualTo("اتصال بخط المساعدة");
        assertThat(form.select("#nav-helpline").attr("aria-current")).isEqualTo("page");
        assertThat(form.select("form.staff-language input[name=back]").val()).isEqualTo("/staff/helpline/reports/new");
        assertThat(form.select("nav.staff-nav a").eachAttr("id")).isEqualTo(List.of("nav-helpline"));
    }

    @Test
    void publicPagesHaveNoStaffBarEvenForStaff() {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser("hotline", "ANALYST"));

        assertThat(page(browser.get("/report", null)).select("nav.staff-nav")).isEmpty();
    }

    private static long openCount(Api.Response response) {
        String text = page(response).select("#nav-queue .count").text();
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    private static Document page(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
