package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The annual report pages pass axe-core in English and Arabic, for a draft and for a published report, without
 * JavaScript of their own.
 */
@ProtegoTest
class AnnualReportPagesAccessibilityTest {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theReportPagesPassAxeInEnglishAndArabic() {
        var api = new Api(port);
        Api.StaffUser drafter = api.createUser("hotline", "MONITOR");
        Api.StaffUser approver = api.createUser("hotline", "MONITOR");
        String published = api.postJson(
                        "/api/v1/annual-reports", drafter.token(), Map.of("year", 2023, "language", "ar"))
                .json()
                .get("id")
                .asString();
        api.postJson("/api/v1/annual-reports/" + published + "/approval", approver.token(), Map.of());
        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser = Chromium.start("en");
        Chromium.signIn(browser, port, drafter);
        for (String language : List.of("en", "ar")) {
            browser.get(base() + "/staff?lang=" + language);
            browser.get(base() + "/staff/monitoring/reports");
            record(violations, "list (" + language + ")", Axe.violations(browser));
            new Select(browser.findElement(By.id("draft-language"))).selectByValue(language);
            browser.findElement(By.id("draft-submit")).click();
            Chromium.awaitUrlContaining(browser, "?created");
            assertThat(browser.findElement(By.id("annual-report")).getAttribute("dir"))
                    .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            record(violations, "draft (" + language + ")", Axe.violations(browser));
            browser.get(base() + "/staff/monitoring/reports/" + published);
            record(violations, "published (" + language + ")", Axe.violations(browser));
            assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        }

        assertThat(violations).as("axe-core violations by page").isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void record(Map<String, List<String>> violations, String page, List<String> found) {
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }
}
