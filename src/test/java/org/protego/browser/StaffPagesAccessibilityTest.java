package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.protego.cases.CaseFixtures;
import org.protego.directory.DirectoryDocuments;
import org.protego.directory.DirectoryRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every staff and administration page passes axe-core's WCAG 2.1 A and AA rules, in English and in Arabic (right to
 * left), for staff members signed in with the roles that open them; and each can be worked by keyboard: the skip link
 * comes first, focus is always visible, and the navigation bar is reached with the tab key.
 */
@ProtegoTest
class StaffPagesAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyStaffAndAdministrationPagePassesAxeInEnglishAndArabic() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST", "HELPLINE_OPERATOR");
        var administrator = api.createUser("hotline", "ADMIN");
        String url = Fixtures.uniqueUrl("/a11y/1");
        String item = Fixtures.reportedItem(api, analyst, url);
        String report = jdbc.sql("select report_id::text from triage_report_url where url_item_id = :item limit 1")
                .param("item", java.util.UUID.fromString(item))
                .query(String.class)
                .single();
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/takedown/items/" + item, analyst.token())
                                .status()
                        == 200);

        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser = Chromium.start("en");
        checkPublicPages(violations);
        signIn(analyst);
        check(
                violations,
                List.of(
                        "/staff",
                        "/staff/account",
                        "/staff/queue",
                        "/staff/reports/" + report,
                        "/staff/url-items",
                        "/staff/url-items?url=" + url,
                        "/staff/url-items/" + item,
                        "/staff/takedown",
                        "/staff/takedown/" + item,
                        "/staff/takedown/directory",
                        "/staff/blocklist",
                        "/staff/blocklist/items/" + item,
                        "/staff/helpline/reports/new"));
        browser.quit();

        browser = Chromium.start("en");
        signIn(administrator);
        check(
                violations,
                List.of(
                        "/staff",
                        "/staff/indicators",
                        "/admin",
                        "/admin/organisations",
                        "/admin/users",
                        "/admin/users/" + analyst.id(),
                        "/admin/ip-ranges",
                        "/admin/hash-lists",
                        "/admin/audit",
                        "/admin/retention",
                        "/admin/option-lists",
                        "/admin/directory"));
        browser.quit();

        var caseWorker = api.createUserInTeam(
                "ngo-a11y-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");
        String childCase = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
        browser = Chromium.start("en");
        signIn(caseWorker);
        check(
                violations,
                List.of(
                        "/staff/cases",
                        "/staff/cases?name=Malee",
                        "/staff/cases/new",
                        "/staff/cases/" + childCase,
                        "/staff/cases/" + childCase + "/edit",
                        "/staff/cases/" + childCase + "/history",
                        "/staff/directory?age=14&sex=female&need=shelter"));

        // Referrals: the case worker's search and referral, then the same referral on the service's side. The case
        // worker stays signed in: signing in again within one TOTP step would be refused as a replay.
        String shelterOrganisation =
                "Shelter a11y " + UUID.randomUUID().toString().substring(0, 8);
        var shelterStaff = api.createUser(shelterOrganisation, "SERVICE_PROVIDER");
        String referral = referred(api, caseWorker, shelterOrganisation, childCase);
        check(
                violations,
                List.of(
                        "/staff/referrals",
                        "/staff/cases/" + childCase + "/referrals/new?need=shelter",
                        "/staff/referrals/" + referral));
        browser.quit();
        browser = Chromium.start("en");
        signIn(shelterStaff);
        check(violations, List.of("/staff/referrals", "/staff/referrals/" + referral));
        browser.quit();

        String shelter = "amal-a11y-" + UUID.randomUUID().toString().substring(0, 8);
        var provider = api.createUser(shelter, "SERVICE_PROVIDER");
        UUID service = DirectoryRows.insertService(
                jdbc,
                jdbc.sql("select id from identity_organisation where name = :name")
                        .param("name", shelter)
                        .query(UUID.class)
                        .single(),
                "Safe House for Girls",
                "shelter",
                12,
                17,
                List.of("female"),
                List.of("ar"));
        DirectoryDocuments.describe(jdbc, service);
        browser = Chromium.start("en");
        signIn(provider);
        check(
                violations,
                List.of(
                        "/staff/directory",
                        "/staff/directory/services/" + service,
                        "/staff/directory/mine",
                        "/staff/directory/services/new",
                        "/staff/directory/services/" + service + "/edit"));
        browser.quit();

        // Monitoring: a monitor's commitments, instruments and registry, with a company's self-report to assess; then
        // the company's own page.
        var monitor = api.createUser("Monitoring body", "MONITOR");
        String company = "Hotel a11y " + UUID.randomUUID().toString().substring(0, 8);
        String companyId = api.postJson(
                        "/api/v1/companies",
                        monitor.token(),
                        Map.of("company", company, "code", "isp-voluntary-code", "signedOn", "2020-01-01"))
                .json()
                .get("id")
                .asString();
        api.postJson(
                "/api/v1/companies/" + companyId + "/self-reports",
                monitor.token(),
                Map.of(
                        "code",
                        "isp-voluntary-code",
                        "year",
                        2024,
                        "answers",
                        List.of(Map.of("commitment", "implement-code", "answer", "met", "text", "Done."))));
        api.postJson(
                "/api/v1/commitments/RIO-C1A-22/evidence",
                monitor.token(),
                Map.of("kind", "indicator", "indicator", "reports_received"));
        browser = Chromium.start("en");
        signIn(monitor);
        check(
                violations,
                List.of(
                        "/staff/monitoring",
                        "/staff/monitoring/commitments/RIO-C1A-22",
                        "/staff/monitoring/instruments",
                        "/staff/monitoring/instruments/CRC",
                        "/staff/monitoring/registry"));
        browser.quit();
        browser = Chromium.start("en");
        signIn(api.createUser(company, "COMPANY"));
        check(violations, List.of("/staff/company"));

        assertThat(violations).as("axe-core violations by page").isEmpty();
    }

    /** Refers the child to a shelter of the provider's organisation, with the consent it needs; returns its id. */
    private String referred(Api api, Api.StaffUser caseWorker, String organisation, String childCase) {
        UUID shelter = org.protego.directory.DirectoryRows.insertService(
                jdbc,
                jdbc.sql("select id from identity_organisation where name = :name")
                        .param("name", organisation)
                        .query(UUID.class)
                        .single(),
                "Safe House",
                "shelter",
                12,
                17,
                List.of("female"),
                List.of("th"));
        api.postJson(
                "/api/v1/cases/" + childCase + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", organisation));
        return api.postJson(
                        "/api/v1/cases/" + childCase + "/referrals",
                        caseWorker.token(),
                        Map.of(
                                "serviceId",
                                shelter.toString(),
                                "reason",
                                "A safe place tonight",
                                "urgency",
                                "high",
                                "sharedFields",
                                List.of("givenName", "age")))
                .json()
                .get("id")
                .asString();
    }

    /** The check itself is checked: a page with an image without a text alternative fails it. */
    @Test
    void axeFindsAViolationWhereThereIsOne() {
        browser = Chromium.start("en");
        browser.get("data:text/html,<html lang=en><title>t</title><main><h1>t</h1><img src=x></main></html>");

        assertThat(Axe.violations(browser)).anyMatch(violation -> violation.startsWith("image-alt"));
    }

    private void checkPublicPages(Map<String, List<String>> violations) {
        for (String language : List.of("en", "ar")) {
            for (String page : List.of("/login", "/enrol")) {
                browser.get(base() + page + "?lang=" + language);
                record(violations, page + "?lang=" + language, Axe.violations(browser));
            }
        }
    }

    /** Visits every page in English, then in Arabic, checking axe and the keyboard on each. */
    private void check(Map<String, List<String>> violations, List<String> pages) {
        for (String language : List.of("en", "ar")) {
            browser.get(base() + "/staff?lang=" + language);
            for (String page : pages) {
                browser.get(base() + page);
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                        .as(page)
                        .isEqualTo(language);
                record(violations, page + " (" + language + ")", Axe.violations(browser));
                record(violations, page + " (" + language + ", keyboard)", keyboardProblems());
            }
        }
    }

    /** The first tab stop is the skip link, every tab stop shows its focus, and the bar's first link is reached. */
    @SuppressWarnings("unchecked")
    private List<String> keyboardProblems() {
        var javascript = (JavascriptExecutor) browser;
        javascript.executeScript("document.activeElement.blur();");
        List<String> problems = new ArrayList<>();
        boolean navigationReached = false;
        for (int stop = 0; stop < 30 && !navigationReached; stop++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            var focused = (Map<String, Object>) javascript.executeScript("""
                    const element = document.activeElement;
                    return {
                      skipLink: element.classList.contains('skip-link'),
                      outline: getComputedStyle(element).outlineStyle,
                      inNavigation: element.closest('nav.staff-nav') !== null,
                      description: element.tagName + '#' + element.id + ' ' + (element.textContent || '').trim()
                    };""");
            if (stop == 0 && !Boolean.TRUE.equals(focused.get("skipLink"))) {
                problems.add("the first tab stop is not the skip link but " + focused.get("description"));
            }
            if ("none".equals(focused.get("outline"))) {
                problems.add("no visible focus on " + focused.get("description"));
            }
            navigationReached = Boolean.TRUE.equals(focused.get("inNavigation"));
        }
        if (!navigationReached) {
            problems.add("the navigation bar is not reached with the tab key");
        }
        return problems;
    }

    private static void record(Map<String, List<String>> violations, String page, List<String> found) {
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private void signIn(Api.StaffUser user) {
        Chromium.signIn(browser, port, user);
        assertThat(browser.getCurrentUrl()).endsWith("/staff");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
