package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public form, posted as a browser without JavaScript does. */
@ProtegoTest
class ReportFormTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api browser;

    @BeforeEach
    void connect() {
        browser = new Api(port);
    }

    @Test
    void formSubmissionShowsReferenceAndFollowUpCodeOnce() {
        var done = browser.postForm(
                "/report",
                "/report",
                Map.of(
                        "category",
                        "grooming",
                        "description",
                        "A man asked my cousin for pictures",
                        "submissionToken",
                        UUID.randomUUID().toString()));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body())
                .containsPattern("id=\"reference\" dir=\"ltr\">PR-[0-9A-Z]{4}-[0-9A-Z]{4}<")
                .containsPattern("id=\"follow-up-code\" dir=\"ltr\">[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<");
    }

    @Test
    void reloadingTheConfirmationDoesNotFileASecondReport() {
        String token = UUID.randomUUID().toString();
        var fields = Map.of("category", "other", "description", "Something worrying", "submissionToken", token);

        var first = browser.postForm("/report", "/report", fields);
        var again = browser.postForm("/report", "/report", fields);

        assertThat(referenceIn(again.body())).isEqualTo(referenceIn(first.body()));
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndNothingIsStored() {
        int before = jdbc.sql("select count(*) from reports_report")
                .query(Integer.class)
                .single();

        var refused = browser.postForm(
                "/report",
                "/report",
                Map.of(
                        "category",
                        "child_sexual_abuse_material",
                        "urls",
                        "http://fine.example/ok\njavascript:alert(1)",
                        "submissionToken",
                        UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("class=\"error-summary\"")
                .contains("id=\"urls-errors\"")
                .contains("Line 2:");
        assertThat(refused.body()).contains("http://fine.example/ok");
        assertThat(jdbc.sql("select count(*) from reports_report")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aFormSentAgainWithOtherTextComesBackFilledInAndSaysWhy() {
        String token = UUID.randomUUID().toString();
        browser.postForm(
                "/report",
                "/report",
                Map.of("category", "other", "description", "First text", "submissionToken", token));

        var refused = browser.postForm(
                "/report",
                "/report",
                Map.of("category", "other", "description", "Changed text", "submissionToken", token));

        assertThat(refused.status()).isBetween(302, 303);
        String form = browser.get(refused.header("Location"), null).body();
        assertThat(form).contains("id=\"problems\"").contains("Changed text").doesNotContain(token);
    }

    @Test
    void markupInADescriptionIsStoredAsTextAndShownEscaped() {
        var done = browser.postForm(
                "/report",
                "/report",
                Map.of(
                        "category",
                        "other",
                        "description",
                        "<script>alert('x')</script><b>bold</b>",
                        "submissionToken",
                        UUID.randomUUID().toString()));
        String reference = referenceIn(done.body());
        var admin = new Api(port);
        var analyst = admin.createUser("hotline", "ANALYST");
        String reportId = jdbc.sql("select id::text from reports_report where reference = :r")
                .param("r", reference)
                .query(String.class)
                .single();

        admin.signIn(analyst);
        var page = admin.get("/staff/reports/" + reportId, null);

        assertThat(page.body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert");
        var json = admin.get("/api/v1/reports/" + reportId, analyst.token()).json();
        assertThat(json.get("details").get("description").asString())
                .isEqualTo("<script>alert('x')</script><b>bold</b>");
    }

    @Test
    void statusPageShowsOnlyTheStatusInPlainWords() {
        var done = browser.postForm(
                "/report",
                "/report",
                Map.of(
                        "category",
                        "other",
                        "description",
                        "status check",
                        "submissionToken",
                        UUID.randomUUID().toString()));
        String code = done.body().replaceAll("(?s).*id=\"follow-up-code\" dir=\"ltr\">([^<]+)<.*", "$1");

        var status = browser.postForm(
                "/report/status", "/report/status", Map.of("reference", referenceIn(done.body()), "code", code));

        assertThat(status.body()).contains("data-status=\"received\"").doesNotContain("status check");
    }

    @Test
    void unknownReferenceGetsAPlainNotFoundMessage() {
        var status = browser.postForm(
                "/report/status", "/report/status", Map.of("reference", "PR-0000-0000", "code", "0000-0000-0000"));

        assertThat(status.body()).contains("class=\"error\" role=\"alert\"").doesNotContain("data-status");
    }

    @Test
    void publicPagesNeedNoJavaScript() {
        for (String path : new String[] {"/", "/report", "/report/status", "/login"}) {
            assertThat(browser.get(path, null).body()).doesNotContainIgnoringCase("<script");
        }
    }

    static String referenceIn(String page) {
        return page.replaceAll("(?s).*id=\"reference\" dir=\"ltr\">([^<]+)<.*", "$1");
    }
}
