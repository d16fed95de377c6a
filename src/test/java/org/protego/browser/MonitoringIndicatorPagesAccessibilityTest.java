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

/** The indicator pages of monitoring pass axe-core in English and Arabic, and their form works without JavaScript. */
@ProtegoTest
class MonitoringIndicatorPagesAccessibilityTest {

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
    void theIndicatorPagesPassAxeInEnglishAndArabic() {
        var api = new Api(port);
        api.submitReport(Map.of("category", "grooming", "description", "a report the indicator counts"));
        var monitor = api.createUser("hotline", "MONITOR");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser = Chromium.start("en");
        Chromium.signIn(browser, port, monitor);
        for (String language : List.of("en", "ar")) {
            browser.get(base() + "/staff?lang=" + language);
            browser.get(base() + "/staff/monitoring/indicators");
            record(violations, "indicators (" + language + ")");
            browser.findElement(By.cssSelector("a[href$='/staff/monitoring/indicators/reports_received']"))
                    .click();
            Chromium.awaitUrlContaining(browser, "/indicators/reports_received");
            new Select(browser.findElement(By.id("period"))).selectByValue("quarter");
            new Select(browser.findElement(By.id("by1"))).selectByValue("category");
            new Select(browser.findElement(By.id("by2"))).selectByValue("channel");
            browser.findElement(By.cssSelector("#indicator-form button[type=submit]"))
                    .click();
            Chromium.awaitUrlContaining(browser, "by2=channel");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
                    .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(browser.findElements(By.cssSelector("#indicator-table caption")))
                    .hasSize(1);
            assertThat(browser.getCurrentUrl()).contains("by1=category", "by2=channel", "period=quarter");
            record(violations, "reports_received by category and channel (" + language + ")");
        }

        assertThat(violations).as("axe-core violations by page").isEmpty();
    }

    private void record(Map<String, List<String>> violations, String page) {
        List<String> found = Axe.violations(browser);
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
