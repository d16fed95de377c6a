package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The monitoring pages work without JavaScript: a monitor assesses by forms, a company submits its self-report. */
@ProtegoTest
class MonitoringPagesTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser monitor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        monitor = api.createUser("Monitoring body", "MONITOR");
    }

    Api signedIn(Api.StaffUser user) {
        Api session = new Api(port);
        session.signIn(user);
        return session;
    }

    /** Records that the company signed the voluntary ISP code in 2019; returns its id. */
    String signedTheIspCode(String company) {
        return api.postJson(
                        "/api/v1/companies",
                        monitor.token(),
                        Map.of("company", company, "code", "isp-voluntary-code", "signedOn", "2019-03-01"))
                .json()
                .get("id")
                .asString();
    }

    static Document html(Api.Response response) {
        return Jsoup.parse(response.body());
    }

    @Test
    void theLandingPageListsOverdueCommitmentsFirstAndLinksToTheOtherMonitoringPages() {
        Document page = html(signedIn(monitor).get("/staff/monitoring", null));

        List<Element> rows = page.select("#commitments tbody tr");
        int firstNotOverdue = 0;
        while (firstNotOverdue < rows.size() && rows.get(firstNotOverdue).hasClass("commitment-overdue")) {
            firstNotOverdue++;
        }
        assertThat(firstNotOverdue).isPositive();
        assertThat(rows.subList(firstNotOverdue, rows.size())).noneMatch(row -> row.hasClass("commitment-overdue"));
        assertThat(page.getElementById("commitments-overdue")).isNotNull();
        assertThat(page.getElementById("monitoring-instruments-link").attr("href"))
                .isEqualTo("/staff/monitoring/instruments");
        assertThat(page.getElementById("monitoring-indicators-link").attr("href"))
                .isEqualTo("/staff/monitoring/indicators");
        assertThat(page.getElementById("monitoring-reports-link").attr("href")).isEqualTo("/staff/monitoring/reports");
        assertThat(page.getElementById("nav-monitoring")).isNotNull();
    }

    @Test
    void aMonitorAssessesACommitmentOnItsPageAndSeesItMetLateInTheHistory() {
        Api session = signedIn(monitor);
        String page = "/staff/monitoring/commitments/RIO-C1A-27";
        Document before = html(session.get(page, null));
        assertThat(before.getElementById("commitment-quote").text())
                .isEqualTo(
                        "Establish by 2013 regional mechanisms for exchange, coordination and monitoring of progress");
        assertThat(before.select("#commitment-source figcaption").text())
                .contains("C.1(a)")
                .contains("27");

        Api.Response saved = session.postForm(
                page,
                page + "/assessment",
                Map.of(
                        "status", "met",
                        "metOn", "2015-09-30",
                        "note", "Regional body set up.",
                        "version",
                                before.select("#assessment-form input[name=version]")
                                        .val()));

        assertThat(saved.status()).isEqualTo(302);
        Document after = html(session.get(page, null));
        assertThat(after.getElementById("commitment-status").text()).isEqualTo("Met late");
        assertThat(after.getElementById("history-table").text()).contains("Met late");
    }

    @Test
    void aRefusedAssessmentReturnsToThePageWithTheProblem() {
        Api session = signedIn(monitor);
        String page = "/staff/monitoring/commitments/RIO-B-10";

        Api.Response refused = session.postForm(page, page + "/assessment", Map.of("status", "met"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(page);
        assertThat(html(session.get(page, null)).getElementById("problems").text())
                .contains("Give the day the commitment was met.");
    }

    @Test
    void theInstrumentsPageAndItsFormRecordTheStatesFacts() {
        Api session = signedIn(monitor);
        String page = "/staff/monitoring/instruments/OPAC";

        Api.Response saved = session.postForm(
                page, page, Map.of("signedOn", "2001-09-06", "consentOn", "2004-05-02", "consentType", "ratification"));

        assertThat(saved.status()).isEqualTo(302);
        Document list = html(session.get("/staff/monitoring/instruments", null));
        assertThat(list.getElementById("instrument-OPAC").text())
                .contains("2001-09-06")
                .contains("Ratification");
    }

    @Test
    void aCompanySubmitsItsSelfReportOnItsOwnPage() {
        String company = "Airline " + UUID.randomUUID().toString().substring(0, 8);
        api.postJson(
                "/api/v1/companies",
                monitor.token(),
                Map.of("company", company, "code", "isp-voluntary-code", "signedOn", "2020-02-02"));
        Api.StaffUser staff = api.createUser(company, "COMPANY");
        Api session = signedIn(staff);

        Document page = html(session.get("/staff/company", null));
        assertThat(page.getElementById("self-report-form-isp-voluntary-code")).isNotNull();
        Api.Response submitted = session.postForm(
                "/staff/company",
                "/staff/company/self-reports",
                Map.of(
                        "code", "isp-voluntary-code",
                        "year", "2025",
                        "answer.implement-code", "partially_met",
                        "text.implement-code", "Parents' panel met twice."));

        assertThat(submitted.status()).isEqualTo(302);
        Document after = html(session.get("/staff/company?submitted", null));
        assertThat(after.getElementById("self-report-submitted")).isNotNull();
        assertThat(after.getElementById("own-report-2025")).isNotNull();
        assertThat(after.getElementById("nav-company")).isNotNull();
        Document registry = html(signedIn(monitor).get("/staff/monitoring/registry", null));
        assertThat(registry.text()).contains(company).contains("Parents' panel met twice.");
    }

    @Test
    void aMonitorEntersAPaperSelfReportOnACompanysBehalfAndRecordsItsWithdrawal() {
        String company = "Tour operator " + UUID.randomUUID().toString().substring(0, 8);
        String id = signedTheIspCode(company);
        Api session = signedIn(monitor);
        String page = "/staff/monitoring/registry/companies/" + id;
        assertThat(html(session.get("/staff/monitoring/registry", null))
                        .select("a[href=" + page + "]")
                        .text())
                .isEqualTo(company);

        Api.Response entered = session.postForm(
                page,
                page + "/self-reports",
                Map.of(
                        "code", "isp-voluntary-code",
                        "year", "2024",
                        "answer.implement-code", "met",
                        "text.implement-code", "Sent by post: filters on every line."));
        Api.Response withdrawn = session.postForm(
                page, page + "/signatures/isp-voluntary-code/withdrawal", Map.of("withdrawnOn", "2025-06-30"));

        assertThat(entered.status()).isEqualTo(302);
        assertThat(withdrawn.status()).isEqualTo(302);
        Document after = html(session.get(page + "?saved", null));
        assertThat(after.getElementById("company-saved")).isNotNull();
        assertThat(after.getElementById("report-isp-voluntary-code-2024")).isNotNull();
        assertThat(after.getElementById("signed-isp-voluntary-code").text()).contains("2025-06-30");
        assertThat(after.getElementById("withdrawal-form-isp-voluntary-code"))
                .as("a withdrawn code takes no more withdrawals or self-reports")
                .isNull();
        assertThat(after.getElementById("self-report-form-isp-voluntary-code")).isNull();
        JsonNode entry = api.get("/api/v1/companies/" + id, monitor.token()).json();
        assertThat(entry.get("selfReports")
                        .get(0)
                        .get("answers")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Sent by post: filters on every line.");
    }

    @Test
    void aWithdrawalBeforeTheSignatureReturnsToTheCompanysPageWithTheProblemAndChangesNothing() {
        String company = "Hotel chain " + UUID.randomUUID().toString().substring(0, 8);
        String id = signedTheIspCode(company);
        Api session = signedIn(monitor);
        String page = "/staff/monitoring/registry/companies/" + id;

        Api.Response refused = session.postForm(
                page, page + "/signatures/isp-voluntary-code/withdrawal", Map.of("withdrawnOn", "2018-01-01"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(html(session.get(page, null)).getElementById("problems").text())
                .contains("signed this code on 2019-03-01");
        assertThat(api.get("/api/v1/companies/" + id, monitor.token())
                        .json()
                        .get("signatures")
                        .get(0)
                        .get("withdrawnOn")
                        .isNull())
                .isTrue();
    }

    @Test
    void aCompanyCannotOpenTheMonitorsPageOfItsOwnEntry() {
        String company = "Resort " + UUID.randomUUID().toString().substring(0, 8);
        String id = signedTheIspCode(company);
        Api staff = signedIn(api.createUser(company, "COMPANY"));

        assertThat(staff.get("/staff/monitoring/registry/companies/" + id, null).status())
                .isEqualTo(403);
    }

    @Test
    void anAnalystIsRefusedTheMonitoringPagesAndACompanyTheMonitorsOnes() {
        Api analyst = signedIn(api.createUser("hotline", "ANALYST"));
        Api company =
                signedIn(api.createUser("Lone " + UUID.randomUUID().toString().substring(0, 6), "COMPANY"));

        assertThat(analyst.get("/staff/monitoring", null).status()).isEqualTo(403);
        assertThat(analyst.get("/staff/monitoring/instruments", null).status()).isEqualTo(403);
        assertThat(analyst.get("/staff/monitoring/registry", null).status()).isEqualTo(403);
        assertThat(analyst.get("/staff/company", null).status()).isEqualTo(403);
        assertThat(company.get("/staff/monitoring/registry", null).status()).isEqualTo(403);
        assertThat(html(company.get("/staff/company", null)).getElementById("company-no-entry"))
                .isNotNull();
    }
}
