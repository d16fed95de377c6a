package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An analyst who uses only the keyboard filters and sorts the queue and opens a report from it. */
@ProtegoTest
class KeyboardQueueTest {

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
    void theQueueIsFilteredSortedAndOpenedWithTheKeyboardAlone() {
        String base = "http://localhost:" + port;
        var api = new Api(port);
        String reference = api.submitReport(Map.of("category", "grooming", "description", "keyboard"))
                .get("reference")
                .asString();
        var analyst = api.createUser("hotline", "ANALYST");
        browser = Chromium.start("en");
        browser.get(base + "/login");
        browser.findElement(By.id("username")).sendKeys(analyst.username());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.id("code")).sendKeys(Api.currentCode(analyst.totpSecret()));
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        Chromium.awaitUrlContaining(browser, "/staff");
        browser.get(base + "/staff/queue?category=grooming");

        WebElement sort = tabUntil(element -> "sort".equals(element.getAttribute("id")));
        assertThat(sort.getCssValue("outline-style")).isNotEqualTo("none");
        sort.sendKeys(Keys.END);
        tabUntil(element -> "apply-filters".equals(element.getAttribute("id"))).sendKeys(Keys.ENTER);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(By.id("queue-" + reference)).isEmpty();
        });
        assertThat(browser.getCurrentUrl()).contains("category=grooming").contains("sort=newest");
        tabUntil(element -> reference.equals(element.getText())).sendKeys(Keys.ENTER);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(reference);
    }

    private WebElement tabUntil(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 80; presses++) {
            WebElement active = browser.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Keyboard focus never reached the element");
    }
}
