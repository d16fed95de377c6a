package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person who uses only the keyboard can make a report and always sees where the focus is. */
@ProtegoTest
class KeyboardReportTest {

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
    void reportIsMadeWithTheKeyboardAloneAndFocusIsVisible() {
        browser = Chromium.start("en");
        browser.get("http://localhost:" + port + "/report");

        WebElement focused =
                tabUntil(element -> "category-child_sexual_abuse_material".equals(element.getAttribute("id")));
        assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        focused.sendKeys(Keys.ARROW_DOWN);
        assertThat(browser.findElement(By.id("category-grooming")).isSelected()).isTrue();

        tabUntil(element -> "description".equals(element.getAttribute("id")))
                .sendKeys("Someone in a game chat asks my brother for photos");
        WebElement send = tabUntil(element -> "submit".equals(element.getAttribute("type")));
        assertThat(send.getCssValue("outline-style")).isNotEqualTo("none");
        send.sendKeys(Keys.ENTER);

        assertThat(browser.findElement(By.id("reference")).getText()).startsWith("PR-");
    }

    private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 60; presses++) {
            WebElement active = browser.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Keyboard focus never reached the element");
    }
}
