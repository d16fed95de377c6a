package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.feedback.ReferralRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The children's feedback pages pass axe-core in English and Arabic and fit a 360-pixel-wide phone without sideways
 * scrolling; the staff pages of feedback pass axe-core too.
 */
@ProtegoTest
class FeedbackPagesAccessibilityTest {

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
    void theChildsPagesPassAxeAndFitASmallPhoneInEnglishAndArabic() {
        var api = new Api(port);
        ReferralRows.Loop loop = ReferralRows.loop(api, jdbc, "completed");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String language : List.of("en", "ar")) {
            String code = api.postJson(
                            "/api/v1/referrals/" + loop.referralId() + "/feedback-code",
                            loop.caseWorker().token(),
                            Map.of())
                    .json()
                    .get("code")
                    .asString();
            browser = Chromium.start(language);
            browser.manage().window().setSize(new Dimension(360, 800));
            browser.get(base() + "/feedback?lang=" + language);
            checkPage(violations, "code (" + language + ")", language);
            browser.findElement(By.id("code")).sendKeys(code);
            WebElement enter = browser.findElement(By.id("enter-code"));
            enter.click();
            Chromium.awaitGone(browser, enter);
            checkPage(violations, "questions (" + language + ")", language);
            browser.findElement(By.cssSelector("label.face:has(#treated-5)")).click();
            browser.findElement(By.cssSelector("label.feedback-option:has(#contact-yes)"))
                    .click();
            WebElement send = browser.findElement(By.id("send-feedback"));
            send.click();
            Chromium.awaitGone(browser, send);
            assertThat(browser.findElements(By.id("feedback-thanks"))).hasSize(1);
            checkPage(violations, "thanks (" + language + ")", language);
            browser.quit();
            browser = null;
        }

        assertThat(violations).as("axe-core violations and overflow by page").isEmpty();
    }

    @Test
    void theStaffPagesOfFeedbackPassAxeInEnglishAndArabic() {
        var api = new Api(port);
        ReferralRows.Loop loop = ReferralRows.loop(api, jdbc, "completed");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        browser = Chromium.start("en");
        Chromium.signIn(browser, port, loop.caseWorker());
        for (String language : List.of("en", "ar")) {
            browser.get(base() + "/staff?lang=" + language);
            browser.get(base() + "/staff/cases/" + loop.caseId());
            record(violations, "case page (" + language + ")", Axe.violations(browser));
            WebElement issue = browser.findElement(By.id("issue-code-" + loop.referralId()));
            issue.click();
            Chromium.awaitGone(browser, issue);
            assertThat(browser.findElements(By.id("feedback-code"))).hasSize(1);
            record(violations, "code issued (" + language + ")", Axe.violations(browser));
        }
        browser.quit();

        browser = Chromium.start("en");
        Chromium.signIn(browser, port, loop.provider());
        for (String language : List.of("en", "ar")) {
            browser.get(base() + "/staff?lang=" + language);
            for (String page : List.of("/staff/feedback", "/staff/feedback/services/" + loop.serviceId())) {
                browser.get(base() + page);
                record(violations, page + " (" + language + ")", Axe.violations(browser));
            }
        }

        assertThat(violations).as("axe-core violations by page").isEmpty();
    }

    private void checkPage(Map<String, List<String>> violations, String page, String language) {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        record(violations, page, Axe.violations(browser));
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (overflow > 0) {
            violations.put(page + " scrolls sideways", List.of(overflow + "px"));
        }
    }

    private static void record(Map<String, List<String>> violations, String page, List<String> found) {
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
