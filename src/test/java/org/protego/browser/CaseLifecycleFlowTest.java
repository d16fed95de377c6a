package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
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
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The whole life of a case on the pages, as the issue tells it: a report becomes a case, a guardian is appointed,
 * the child's consent to services is recorded, a best-interests determination is decided by a panel of two
 * supervisors, and a supervisor approves the case's closure.
 */
@ProtegoTest
class CaseLifecycleFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    /** Each staff member keeps their own browser: signing in twice within one TOTP step is refused as a replay. */
    final Map<String, WebDriver> browsers = new HashMap<>();

    WebDriver browser;

    @AfterEach
    void quit() {
        browsers.values().forEach(WebDriver::quit);
    }

    @Test
    void aReportBecomesACaseThatAPanelDecidesOnAndASupervisorCloses() {
        var api = new Api(port);
        String organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        var caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        var firstSupervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
        var secondSupervisor = api.createUserInTeam(organisation, "south", "SUPERVISOR");
        String reference = api.submitReport(
                        Map.of("category", "trafficking", "description", "A girl works in a bar at the border."))
                .get("reference")
                .asString();

        actAs(caseWorker);
        browser.findElement(By.id("cases-link")).click();
        browser.findElement(By.id("register-link")).click();
        browser.findElement(By.id("reportReference")).sendKeys(reference);
        browser.findElement(By.id("child-givenName")).sendKeys("Dara");
        browser.findElement(By.id("child-familyName")).sendKeys("Sok");
        new Select(browser.findElement(By.id("child-sex"))).selectByValue("female");
        browser.findElement(By.id("child-estimatedAge")).sendKeys("15");
        browser.findElement(By.id("child-nationality")).sendKeys("KH");
        browser.findElement(By.id("unaccompanied")).click();
        browser.findElement(By.id("trafficked")).click();
        browser.findElement(By.id("exploitation-trafficking")).click();
        browser.findElement(By.id("risk-high")).click();
        browser.findElement(By.id("register-case")).click();
        Chromium.awaitUrlContaining(browser, "registered");
        assertThat(waitFor(By.id("report-reference")).getText()).isEqualTo(reference);
        String caseUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

        browser.findElement(By.id("guardian-name-input")).sendKeys("Mr Vanna Chan");
        browser.findElement(By.id("guardian-organisation-input")).sendKeys("Guardianship Service");
        browser.findElement(By.id("appoint-guardian")).click();
        assertThat(waitFor(By.id("guardian-name")).getText()).isEqualTo("Mr Vanna Chan");

        new Select(browser.findElement(By.id("consent-purpose"))).selectByValue("services");
        new Select(browser.findElement(By.id("consent-given-by"))).selectByValue("child");
        browser.findElement(By.id("record-consent-submit")).click();
        assertThat(waitFor(By.id("consent-table")).getText()).contains(text("cases.consents.purpose.services"));

        browser.findElement(By.id("assessment-safety-input")).sendKeys("Safe at the shelter; no contact with the bar.");
        browser.findElement(By.id("assessment-viewsAndWishes-input")).sendKeys("Wants to go home to her mother.");
        browser.findElement(By.id("write-assessment")).click();
        waitFor(By.id("determination-form"));
        new Select(browser.findElement(By.id("decision-type"))).selectByValue("return");
        browser.findElement(By.id("determination-question")).sendKeys("Is a return to her mother in Cambodia safe?");
        browser.findElement(By.id("request-determination")).click();
        waitFor(By.cssSelector("article[id^=determination-]"));

        for (var panelist : new Api.StaffUser[] {firstSupervisor, secondSupervisor}) {
            actAs(panelist);
            browser.get(caseUrl);
            waitFor(By.cssSelector(".view-form input[name=position][value=support]"))
                    .click();
            browser.findElement(By.cssSelector(".view-form textarea[name=reasoning]"))
                    .sendKeys("Her mother was assessed by the social worker in Phnom Penh.");
            WebElement recordView = browser.findElement(By.cssSelector(".view-form .record-view"));
            recordView.click();
            Chromium.awaitGone(browser, recordView);
            waitFor(By.cssSelector("article[id^=determination-]"));
        }
        // After the second view, the panel may decide.
        waitFor(By.cssSelector(".decision-form"));
        browser.findElement(By.cssSelector(".decision-form input[name=decision][value=approved]"))
                .click();
        browser.findElement(By.cssSelector(".decision-form textarea[name=outcome]"))
                .sendKeys("Return approved, with follow-up by the partner in Phnom Penh.");
        browser.findElement(By.cssSelector(".decision-form .record-decision")).click();
        // The second panelist is from another team: once the panel decided, the case is theirs to read no more.
        assertThat(waitFor(By.id("determination-decided")).getText())
                .isEqualTo(text("cases.page.determinationDecided"));
        browser.get(caseUrl);
        assertThat(waitFor(By.tagName("h1")).getText()).doesNotContain("Dara");

        actAs(caseWorker);
        browser.get(caseUrl);
        assertThat(waitFor(By.cssSelector(".determination-decision")).getText())
                .isEqualTo(text("cases.bestInterests.decision.approved"));
        new Select(waitFor(By.id("closure-reason-input"))).selectByValue("reunified_with_family");
        browser.findElement(By.id("request-closure")).click();
        assertThat(waitFor(By.id("case-state")).getText()).isEqualTo(text("cases.state.closure_requested"));

        actAs(firstSupervisor);
        browser.get(caseUrl);
        waitFor(By.id("approve-closure")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("case-state"), text("cases.state.closed")));

        var closed = api.get(caseUrl.replace("/staff/cases/", "/api/v1/cases/"), caseWorker.token())
                .json();
        assertThat(closed.get("state").asString()).isEqualTo("closed");
        assertThat(closed.get("guardianOverdue").asBoolean()).isFalse();
    }

    /** Switches to the staff member's browser, signing them in the first time. */
    private void actAs(Api.StaffUser user) {
        browser = browsers.computeIfAbsent(user.username(), username -> {
            WebDriver started = Chromium.start("en");
            Chromium.signIn(started, port, user);
            return started;
        });
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
