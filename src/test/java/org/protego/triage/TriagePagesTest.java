package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The analyst's report and URL item pages: nothing empty under a heading, and a refused form comes back filled in. */
@ProtegoTest
class TriagePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser analyst;
    Api browser;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        browser = new Api(port);
        browser.signIn(analyst);
    }

    String english(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    Document page(String path) {
        var response = browser.get(path, null);
        assertThat(response.status()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** Follows a refused form's redirect back to the page it came from, as a browser does. */
    Document after(Api.Response redirect) {
        assertThat(redirect.status()).isBetween(302, 303);
        return page(redirect.header("Location"));
    }

    String stateOf(String item) {
        return api.get("/api/v1/url-items/" + item, analyst.token())
                .json()
                .get("state")
                .asString();
    }

    String reportIdOf(String reference) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from triage_report where reference = :r")
                                .param("r", reference)
                                .query(Integer.class)
                                .single()
                        == 1);
        return jdbc.sql("select report_id::text from triage_report where reference = :r")
                .param("r", reference)
                .query(String.class)
                .single();
    }

    @Test
    void valuesTheReporterLeftOutSayNotGivenAndNoHeadingStandsEmpty() {
        String reference = api.submitReport(Map.of("category", "grooming", "description", "A stranger in a game chat"))
                .get("reference")
                .asString();

        Document report = page("/staff/reports/" + reportIdOf(reference));

        assertThat(report.select("dl.details dd"))
                .allSatisfy(value -> assertThat(value.text()).isNotBlank());
        assertThat(report.select("dl.details dd.muted"))
                .extracting(Element::text)
                .containsOnly(english("staff.notGiven"))
                .hasSize(3);
        assertThat(report.select("dl.details dt")).extracting(Element::text).doesNotContain(english("queue.priority"));
    }

    @Test
    void aReportOfAChildInDangerShowsItsPriority() {
        String reference = api.submitReport(Map.of("category", "grooming", "description", "Now", "childInDanger", true))
                .get("reference")
                .asString();

        Document report = page("/staff/reports/" + reportIdOf(reference));

        assertThat(report.select("dl.details").text())
                .contains(english("queue.priority"))
                .contains(english("queue.flag.danger"));
    }

    @Test
    void closingAReportAgainComesBackToTheReportSayingItIsClosed() {
        String reference = api.submitReport(Map.of("category", "other", "description", "to close"))
                .get("reference")
                .asString();
        String report = "/staff/reports/" + reportIdOf(reference);
        browser.postForm(report, report + "/close", Map.of());

        Document again = after(browser.postForm(report, report + "/close", Map.of()));

        assertThat(again.select("#problems").text())
                .contains(messages.getMessage(
                        "reports.error.report-already-closed", new Object[] {reference}, Locale.ENGLISH));
        assertThat(again.select("#close-report")).isEmpty();
    }

    @Test
    void aRefusedAssessmentComesBackWithEachProblemBesideItsFieldAndWhatWasTyped() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/refused"));

        Document again = after(browser.postForm(
                "/staff/url-items/" + item,
                "/staff/url-items/" + item + "/assessment",
                Map.of("outcome", "terrible", "hostingAddress", "not-an-ip", "note", "kept " + UUID.randomUUID())));

        assertThat(again.select("#problems").text())
                .contains(english("triage.error.outcome-unknown"))
                .contains(english("triage.error.address-invalid"));
        assertThat(again.select("#hostingAddress-problem").text()).isEqualTo(english("triage.error.address-invalid"));
        assertThat(again.select("#hostingAddress").attr("aria-describedby")).isEqualTo("hostingAddress-problem");
        assertThat(again.select("#hostingAddress").attr("value")).isEqualTo("not-an-ip");
        assertThat(again.select("#note").text()).startsWith("kept ");
        assertThat(stateOf(item)).isEqualTo("AWAITING_ASSESSMENT");
    }

    @Test
    void aRefusedAssessmentIsExplainedInTheAnalystsLanguage() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/french"));
        page("/staff/url-items/" + item + "?lang=fr");

        Document again = after(browser.postForm(
                "/staff/url-items/" + item, "/staff/url-items/" + item + "/assessment", Map.of("outcome", "terrible")));

        assertThat(again.select("#outcome-problem").text())
                .isEqualTo(messages.getMessage("triage.error.outcome-unknown", null, Locale.FRENCH));
    }

    @Test
    void anAssessmentSavedFromThePageMovesTheItemToAssessed() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/saved"));

        var saved = browser.postForm(
                "/staff/url-items/" + item,
                "/staff/url-items/" + item + "/assessment",
                Map.of("outcome", "not_illegal", "hostingCountry", "NL"));

        assertThat(saved.header("Location")).endsWith("/staff/url-items/" + item + "?assessed");
        assertThat(page(saved.header("Location")).select("#assessed-message")).isNotEmpty();
        assertThat(stateOf(item)).isEqualTo("ASSESSED");
    }

    @Test
    void aHelplineOperatorCannotAssessFromThePage() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/operator"));
        var operator = new Api(port);
        operator.signIn(api.createUser("hotline", "HELPLINE_OPERATOR"));

        var refused = operator.postForm(
                "/staff/helpline/reports/new",
                "/staff/url-items/" + item + "/assessment",
                Map.of("outcome", "not_illegal"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aUrlThatCannotBeSearchedIsRefusedWithTheReasonInTheAnalystsLanguage() {
        var refused = browser.get(
                "/staff/url-items?url=" + URLEncoder.encode("javascript:alert(1)", StandardCharsets.UTF_8), null);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains(english("triage.error.url-scheme-unsupported"));
    }

    @Test
    void aHashRefusedOnTheItemsPageComesBackBesideItsFieldAndAnAddedOneIsConfirmed() {
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/hashed"));

        Document refused = after(browser.postForm(
                "/staff/url-items/" + item,
                "/staff/url-items/" + item + "/hashes",
                Map.of("algorithm", "md5", "value", "not-hex", "classification", "csam_baseline")));

        assertThat(refused.select("#value-problem").text()).isEqualTo(english("hashes.error.hash-malformed"));
        assertThat(refused.select("#hash-value").attr("value")).isEqualTo("not-hex");
        assertThat(refused.select("#hash-algorithm option[selected]").attr("value"))
                .isEqualTo("md5");

        String md5 = UUID.randomUUID().toString().replace("-", "");
        Document added = after(browser.postForm(
                "/staff/url-items/" + item,
                "/staff/url-items/" + item + "/hashes",
                Map.of("algorithm", "md5", "value", md5, "classification", "csam_baseline")));

        assertThat(added.select("#hash-added").text()).isEqualTo(english("hashes.added"));
        assertThat(added.select("#problems")).isEmpty();
    }
}
