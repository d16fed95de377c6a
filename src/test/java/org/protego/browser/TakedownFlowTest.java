package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** An analyst takes an assessed URL from notice to confirmed removal and sees it leave the block list. */
@ProtegoTest
class TakedownFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    WebDriver browser;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void analystSendsANoticeConfirmsRemovalAndTheUrlLeavesTheList() {
        String base = "http://localhost:" + port;
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        Fixtures.rejectHeldVersions(api, analyst);
        String providerName = "Flow host " + UUID.randomUUID().toString().substring(0, 6);
        api.postJson(
                "/api/v1/takedown/providers",
                analyst.token(),
                Map.of(
                        "name",
                        providerName,
                        "abuseContact",
                        "abuse@flowhost.example",
                        "country",
                        "NL",
                        "language",
                        "en"));
        String item = Fixtures.reportedItem(api, analyst, Fixtures.uniqueUrl("/photos/1"));

        browser = Chromium.start("en");
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(analyst.username());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.id("code")).sendKeys(Api.currentCode(analyst.totpSecret()));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        Chromium.awaitUrlContaining(browser, "/staff");

        browser.get(base + "/staff/url-items/" + item);
        browser.findElement(By.id("outcome-csam_baseline")).click();
        browser.findElement(By.id("hostingCountry")).sendKeys("NL");
        browser.findElement(By.id("save-assessment")).click();
        browser.findElement(By.id("takedown-link")).click();
        // The takedown and the block list entry are made by listeners after the assessment commits.
        refreshUntil(driver -> !driver.findElements(By.id("takedown-state")).isEmpty());

        new Select(browser.findElement(By.id("recipientKind"))).selectByValue("PROVIDER");
        new Select(browser.findElement(By.id("providerId"))).selectByVisibleText(providerName + " (NL)");
        browser.findElement(By.id("send-notice")).click();
        assertThat(waitFor(By.id("notice-sent")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("takedown-state")).getText()).isEqualTo(text("takedownState.NOTICE_SENT"));

        browser.get(base + "/staff/blocklist/items/" + item);
        refreshUntil(driver -> entryStateIs(driver, "entryState.PENDING_ADDITION"));
        browser.get(base + "/staff/blocklist");
        publishNow();
        browser.get(base + "/staff/blocklist/items/" + item);
        assertThat(browser.findElement(By.className("entry-state")).getText()).isEqualTo(text("entryState.LISTED"));

        browser.get(base + "/staff/takedown/" + item);
        browser.findElement(By.id("confirm-removal")).click();
        assertThat(waitFor(By.id("removal-confirmed")).isDisplayed()).isTrue();

        browser.get(base + "/staff/blocklist/items/" + item);
        refreshUntil(driver -> entryStateIs(driver, "entryState.PENDING_REMOVAL"));
        browser.get(base + "/staff/blocklist");
        publishNow();
        browser.get(base + "/staff/blocklist/items/" + item);
        assertThat(browser.findElement(By.className("entry-state")).getText()).isEqualTo(text("entryState.REMOVED"));
    }

    /**
     * Publishes and waits for the answer: under load the click can return before the post's redirect has loaded, and
     * a page opened at once would then be replaced by it.
     */
    private void publishNow() {
        browser.findElement(By.id("publish-now")).click();
        Chromium.awaitUrlContaining(browser, "published");
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private boolean entryStateIs(WebDriver driver, String key) {
        return driver.findElements(By.className("entry-state")).stream()
                .anyMatch(state -> state.getText().equals(text(key)));
    }

    /** Reloads until the condition holds; the condition must not throw when what it looks for is not there yet. */
    private void refreshUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            if (condition.apply(driver)) {
                return true;
            }
            driver.navigate().refresh();
            return false;
        });
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
