package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Monitoring officers draft, write and approve the annual report on pages that need no JavaScript. */
@ProtegoTest
class AnnualReportPagesTest {

    static final String LIST = "/staff/monitoring/reports";

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Api signedIn(Api.StaffUser user) {
        Api session = new Api(port);
        assertThat(session.signIn(user).header("Location")).endsWith("/staff");
        return session;
    }

    static Document html(Api.Response response) {
        return Jsoup.parse(response.body());
    }

    String drafted(Api monitor, String year, String language) {
        Api.Response created = monitor.postForm(LIST, LIST, Map.of("year", year, "language", language));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        assertThat(created.header("Location")).contains(LIST + "/").endsWith("?created");
        return created.header("Location").replace("?created", "").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void aMonitorDraftsAReportInArabicAndSeesItRightToLeftWithTheirOwnPageAroundIt() {
        Api monitor = signedIn(api.createUser("hotline", "MONITOR"));

        String page = drafted(monitor, "2025", "ar");
        Document report = html(monitor.get(page, null));

        assertThat(report.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(report.getElementById("annual-report").attr("dir")).isEqualTo("rtl");
        assertThat(report.getElementById("annual-report").attr("lang")).isEqualTo("ar");
        assertThat(report.getElementById("draft-band")).isNotNull();
        assertThat(report.getElementById("own-draft")).isNotNull();
        assertThat(report.getElementById("approve-form")).isNull();
        assertThat(report.getElementById("nav-annual-reports").attr("aria-current"))
                .isEqualTo("true");
    }

    @Test
    void theListOffersANewDraftAndListsTheReports() {
        Api monitor = signedIn(api.createUser("hotline", "MONITOR"));
        String page = drafted(monitor, "2022", "fr");

        Document list = html(monitor.get(LIST, null));

        assertThat(list.getElementById("draft-year").select("option").eachAttr("value"))
                .contains("2008", "2026");
        assertThat(list.getElementById("draft-language").select("option").eachAttr("value"))
                .containsExactly("en", "fr", "es", "pt", "ru", "ar");
        assertThat(list.getElementById("report-" + page.substring(page.lastIndexOf('/') + 1))
                        .text())
                .contains("2022", "Français", "Draft");
    }

    @Test
    void aSecondMonitorApprovesOnThePageAndThePdfDownloads() {
        Api drafter = signedIn(api.createUser("hotline", "MONITOR"));
        String page = drafted(drafter, "2024", "en");
        drafter.postForm(page, page + "/narrative", Map.of("introduction", "Written by the drafter."));
        Api approver = signedIn(api.createUser("hotline", "MONITOR"));

        Document before = html(approver.get(page, null));
        Api.Response approved = approver.postForm(page, page + "/approval", Map.of());
        Document after = html(approver.get(page, null));
        Api.BinaryResponse pdf = approver.getBytes(page + ".pdf", null);

        assertThat(before.getElementById("approve-form")).isNotNull();
        assertThat(approved.header("Location")).endsWith("?published");
        assertThat(after.getElementById("report-state").text()).isEqualTo("Published");
        assertThat(after.getElementById("signature")).isNotNull();
        assertThat(after.getElementById("part-introduction").text()).contains("Written by the drafter.");
        assertThat(after.getElementById("narrative-form")).isNull();
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theDrafterApprovingOnThePageIsToldWhy() {
        Api drafter = signedIn(api.createUser("hotline", "MONITOR"));
        String page = drafted(drafter, "2024", "en");

        Api.Response refused = drafter.postForm(page, page + "/approval", Map.of());
        Document back = html(drafter.get(page, null));

        assertThat(refused.header("Location")).endsWith(page);
        assertThat(back.getElementById("problems")).as(back.body().text()).isNotNull();
        assertThat(back.getElementById("problems").text()).contains("second monitoring officer");
        assertThat(back.getElementById("report-state").text()).isEqualTo("Draft");
    }

    @Test
    void aNarrativeTooLongIsRefusedAndWhatWasTypedComesBack() {
        Api drafter = signedIn(api.createUser("hotline", "MONITOR"));
        String page = drafted(drafter, "2024", "en");

        drafter.postForm(
                page,
                page + "/narrative",
                Map.of("introduction", "Kept as typed.", "conclusion", "x".repeat(AnnualReport.MAX_NARRATIVE + 1)));
        Document back = html(drafter.get(page, null));

        assertThat(back.getElementById("problems")).isNotNull();
        assertThat(back.getElementById("narrative-introduction").text()).isEqualTo("Kept as typed.");
    }

    @Test
    void anAdministratorIsRefusedTheReportPages() {
        Api admin = signedIn(api.createUser("hotline", "ADMIN"));

        assertThat(admin.get(LIST, null).status()).isEqualTo(403);
    }

    @Test
    void anAnalystCannotDraftOnThePage() {
        Api analyst = signedIn(api.createUser("hotline", "ANALYST"));

        assertThat(analyst.get(LIST, null).status()).isEqualTo(403);
        assertThat(analyst.postForm("/staff", LIST, Map.of("year", "2024", "language", "en"))
                        .status())
                .isEqualTo(403);
    }
}
