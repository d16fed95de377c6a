package org.protego.browser;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.protego.Api;

/** Starts Debian's headless Chromium for browser tests, or skips them with a clear message where it is absent. */
final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {}

    /**
     * Waits until the page a form post redirects to has loaded: under load a click can return before the redirect
     * is followed, and whatever the test does next would then act on the page being left.
     */
    /**
     * Waits until the page an element was on has been replaced, as after a form's post and redirect. Chromium reports
     * an element of a page being replaced either as stale or, in the middle of the swap, as a node that "does not
     * belong to the document"; both mean the old page is gone.
     */
    static void awaitGone(WebDriver browser, WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException swapping) {
                if (String.valueOf(swapping.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw swapping;
            }
        });
    }

    static void awaitUrlContaining(WebDriver browser, String fragment) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(fragment));
    }

    /** Signs a staff member in on the login page with password and current TOTP code, and waits for the staff home. */
    static void signIn(WebDriver browser, int port, Api.StaffUser user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(user.password());
        browser.findElement(By.id("code")).sendKeys(Api.currentCode(user.totpSecret()));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        awaitUrlContaining(browser, "/staff");
    }

    static WebDriver start(String language) {
        Assumptions.assumeTrue(
                new File(BROWSER).canExecute() && new File(DRIVER).canExecute(),
                "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        var options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--window-size=412,915",
                "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }
}
