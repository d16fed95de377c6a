package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** A new staff member sets up their own account in French with the code an administrator gave them, and signs in. */
@ProtegoTest
class EnrolmentFlowTest {

    static final Locale FRENCH = Locale.FRENCH;

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
    void newUserEnrolsOnTheEnrolPageAndSignsIn() {
        String base = "http://localhost:" + port;
        var api = new Api(port);
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        String code = api.postJson(
                        "/api/v1/admin/users",
                        api.adminToken(),
                        Map.of("username", username, "roles", List.of("ANALYST"), "organisation", "hotline"))
                .json()
                .get("enrolmentCode")
                .asString();
        String password = "mon propre mot de passe";

        browser = Chromium.start("fr");
        browser.get(base + "/login");
        browser.findElement(By.id("enrol-link")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text("enrol.heading"));
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase(Locale.ROOT));
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordAgain")).sendKeys(password);
        browser.findElement(By.id("enrol-submit")).click();

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(text("enrol.done.heading"));
        String secret = browser.findElement(By.id("totp-secret")).getText();
        assertThat(browser.findElement(By.id("otpauth-uri")).getText()).startsWith("otpauth://totp/");
        browser.findElement(By.id("sign-in-link")).click();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("code")).sendKeys(Api.currentCode(secret));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        Chromium.awaitUrlContaining(browser, "/staff");

        assertThat(browser.getCurrentUrl()).endsWith("/staff");
        assertThat(browser.getPageSource()).contains(username);
    }

    private String text(String key) {
        return messages.getMessage(key, null, FRENCH);
    }
}
