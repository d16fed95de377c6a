package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.monitoring.MonitoringFixtures;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A monitoring officer's year on the pages: the overdue commitments come first; she assesses one with an indicator
 * as evidence; she reads the indicator by channel, a small cell withheld beside the chart, and finds the SDMX-CSV
 * download; she drafts the annual report in Arabic and cannot approve it herself; a second officer approves it, and
 * the signed PDF downloads.
 */
@ProtegoTest
class MonitoringFlowTest {

    /** A commitment no other test assesses: the database is shared by every test of the JVM. */
    static final String COMMITMENT = "GVA-ISD-18";

    /** A year of the annual report no other test drafts. */
    static final int REPORT_YEAR = 2017;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** Each person keeps their own browser: signing in twice within one TOTP step is refused as a replay. */
    final Map<String, WebDriver> browsers = new HashMap<>();

    WebDriver browser;

    @AfterEach
    void quit() {
        browsers.values().forEach(WebDriver::quit);
    }

    @Test
    void aMonitorAssessesACommitmentReadsAnIndicatorAndASecondMonitorPublishesTheReport() {
        Api api = new Api(port);
        Api.StaffUser first = api.createUser("national monitoring body", "MONITOR");
        Api.StaffUser second = api.createUser("national monitoring body", "MONITOR");
        int year = MonitoringFixtures.unusedYear();
        MonitoringFixtures.reportsReceived(context, year, Category.GROOMING, Channel.WEB, 30);
        MonitoringFixtures.reportsReceived(context, year, Category.GROOMING, Channel.PHONE, 3);
        MonitoringFixtures.reportsReceived(context, year, Category.GROOMING, Channel.API, 25);

        actAs(first);
        browser.get(url("/staff/monitoring"));
        WebElement firstRow = waitFor(By.cssSelector("#main table tbody tr"));
        assertThat(firstRow.getAttribute("class")).contains("commitment-overdue");

        browser.get(url("/staff/monitoring/commitments/" + COMMITMENT));
        new Select(waitFor(By.id("assessment-status"))).selectByValue("partially_met");
        browser.findElement(By.id("assessment-note")).sendKeys("Research done in two regions of five.");
        WebElement save = browser.findElement(By.id("save-assessment"));
        save.click();
        Chromium.awaitGone(browser, save);
        assertThat(waitFor(By.id("commitment-status")).getText()).isEqualTo("Partially met");
        new Select(browser.findElement(By.id("evidence-kind"))).selectByValue("indicator");
        browser.findElement(By.id("evidence-title")).sendKeys("Reports received by channel");
        browser.findElement(By.id("evidence-indicator")).sendKeys("reports_received");
        WebElement add = browser.findElement(By.id("add-evidence"));
        add.click();
        Chromium.awaitGone(browser, add);
        assertThat(waitFor(By.id("evidence")).getText()).contains("Live indicator: reports_received");

        browser.get(url("/staff/monitoring/indicators/reports_received?from=" + year + "-01-01&to=" + year
                + "-12-31&period=year&by1=channel"));
        WebElement table = waitFor(By.id("indicator-table"));
        assertThat(table.findElements(By.cssSelector("td.withheld"))).isNotEmpty();
        assertThat(table.findElement(By.cssSelector("td.withheld")).getText()).isEqualTo("<5");
        assertThat(table.getText()).contains("30").doesNotContain(" 3\n");
        assertThat(browser.findElements(By.cssSelector("#indicator-chart svg[role=img]")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("download-sdmx")).getAttribute("href"))
                .contains("/figures.sdmx.csv?", "by=channel");

        browser.get(url("/staff/monitoring/reports"));
        new Select(waitFor(By.id("draft-year"))).selectByValue(Integer.toString(REPORT_YEAR));
        new Select(browser.findElement(By.id("draft-language"))).selectByValue("ar");
        WebElement draft = browser.findElement(By.id("draft-submit"));
        draft.click();
        Chromium.awaitGone(browser, draft);
        waitFor(By.id("report-body"));
        String reportPage = browser.getCurrentUrl().replaceAll("[?#].*$", "");
        assertThat(browser.findElements(By.cssSelector("#report-body [dir=rtl]")))
                .isNotEmpty();
        assertThat(browser.findElements(By.id("approve-submit"))).isEmpty();
        assertThat(browser.findElement(By.id("own-draft")).isDisplayed()).isTrue();

        actAs(second);
        browser.get(reportPage);
        WebElement approve = waitFor(By.id("approve-submit"));
        approve.click();
        Chromium.awaitGone(browser, approve);
        assertThat(waitFor(By.id("report-published")).isDisplayed()).isTrue();
        String pdf = browser.findElement(By.id("report-pdf")).getAttribute("href");
        String id = reportPage.substring(reportPage.lastIndexOf('/') + 1);

        Api.BinaryResponse download = api.getBytes("/api/v1/annual-reports/" + id + ".pdf", first.token());
        assertThat(pdf).endsWith("/staff/monitoring/reports/" + id + ".pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(download.header("Protego-Signature")).isNotBlank();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void actAs(Api.StaffUser user) {
        browser = browsers.computeIfAbsent(user.username(), name -> {
            WebDriver started = Chromium.start("en");
            Chromium.signIn(started, port, user);
            return started;
        });
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
