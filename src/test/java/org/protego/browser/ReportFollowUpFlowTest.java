package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** The whole flow in a real browser: a child reports in Arabic, an analyst assesses and closes, the child follows up. */
@ProtegoTest
class ReportFollowUpFlowTest {

    static final Locale ARABIC = Locale.forLanguageTag("ar");

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    WebDriver child;
    WebDriver analystBrowser;

    @AfterEach
    void quit() {
        if (child != null) {
            child.quit();
        }
        if (analystBrowser != null) {
            analystBrowser.quit();
        }
    }

    @Test
    void childReportsInArabicAnalystAssessesAndClosesAndTheChildSeesItClosed() {
        String base = "http://localhost:" + port;
        String url = "http://images-" + UUID.randomUUID().toString().substring(0, 8) + ".example/album/7";

        child = Chromium.start("ar");
        child.get(base + "/report");
        var html = child.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(child.findElement(By.tagName("h1")).getText()).isEqualTo(text("report.heading"));

        child.findElement(By.id("category-child_sexual_abuse_material")).click();
        child.findElement(By.id("urls")).sendKeys(url);
        child.findElement(By.id("description")).sendKeys("رأيت صوراً لطفل على هذا الموقع");
        child.findElement(By.id("reporterIsChild")).click();
        child.findElement(By.cssSelector("form button[type=submit]")).click();

        assertThat(child.findElement(By.tagName("h1")).getText()).isEqualTo(text("done.child.heading"));
        String reference = child.findElement(By.id("reference")).getText();
        String followUpCode = child.findElement(By.id("follow-up-code")).getText();
        assertThat(reference).startsWith("PR-");

        var analyst = new Api(port).createUser("hotline", "ANALYST");
        analystBrowser = Chromium.start("en");
        analystBrowser.get(base + "/login");
        analystBrowser.findElement(By.id("username")).sendKeys(analyst.username());
        analystBrowser.findElement(By.id("password")).sendKeys(analyst.password());
        analystBrowser.findElement(By.id("code")).sendKeys(Api.currentCode(analyst.totpSecret()));
        analystBrowser.findElement(By.cssSelector("form button[type=submit]")).click();
        Chromium.awaitUrlContaining(analystBrowser, "/staff");
        analystBrowser.findElement(By.id("queue-link")).click();
        // The queue shows one page at a time, children in danger first: the analyst sorts it to find the newest report.
        new Select(analystBrowser.findElement(By.id("sort"))).selectByValue("newest");
        analystBrowser.findElement(By.id("apply-filters")).click();
        Chromium.awaitUrlContaining(analystBrowser, "sort=newest");
        // A refresh that meets the filtered page still arriving is aborted by that navigation: try again.
        new WebDriverWait(analystBrowser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver -> {
                    driver.navigate().refresh();
                    return !driver.findElements(By.id("queue-" + reference)).isEmpty();
                });
        analystBrowser
                .findElement(By.id("queue-" + reference))
                .findElement(By.tagName("a"))
                .click();

        assertThat(analystBrowser.findElement(By.id("report-description")).getText())
                .contains("رأيت");
        assertThat(analystBrowser.findElements(By.cssSelector("a[href*='images-']")))
                .isEmpty();

        analystBrowser.findElement(By.className("assess-link")).click();
        analystBrowser.findElement(By.id("outcome-csam_baseline")).click();
        analystBrowser.findElement(By.id("hostingCountry")).sendKeys("NL");
        analystBrowser.findElement(By.id("save-assessment")).click();
        assertThat(analystBrowser.findElement(By.id("assessed-message")).isDisplayed())
                .isTrue();

        analystBrowser.navigate().back();
        analystBrowser.navigate().back();
        analystBrowser.navigate().refresh();
        assertThat(analystBrowser.findElement(By.id("report-status")).getText())
                .isEqualTo(messages.getMessage("status.action_taken", null, Locale.ENGLISH));
        analystBrowser.findElement(By.id("close-report")).click();

        child.get(base + "/report/status");
        child.findElement(By.id("reference")).sendKeys(reference);
        child.findElement(By.id("code")).sendKeys(followUpCode);
        child.findElement(By.cssSelector("form button[type=submit]")).click();
        var status = child.findElement(By.id("status"));
        assertThat(status.getAttribute("data-status")).isEqualTo("closed");
        assertThat(status.getText()).isEqualTo(text("status.closed"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, ARABIC);
    }
}
