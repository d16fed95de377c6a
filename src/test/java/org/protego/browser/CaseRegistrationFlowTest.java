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
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A case worker turns a hotline report into a case on the pages, appoints the child's guardian, corrects a detail and
 * finds the correction in the history; a change made on a page opened before someone else's is refused, and says so.
 */
@ProtegoTest
class CaseRegistrationFlowTest {

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
    void aCaseWorkerRegistersAChildFromAReportAppointsAGuardianAndFindsTheirCorrectionInTheHistory() {
        var api = new Api(port);
        var caseWorker = api.createUserInTeam(organisation(), "north", "CASE_WORKER");
        String reference = api.submitReport(
                        Map.of("category", "trafficking", "description", "A girl is kept in a house near the port."))
                .get("reference")
                .asString();

        browser = Chromium.start("en");
        signIn(caseWorker);
        browser.findElement(By.id("cases-link")).click();
        browser.findElement(By.id("register-link")).click();
        browser.findElement(By.id("reportReference")).sendKeys(reference);
        browser.findElement(By.id("child-givenName")).sendKeys("Malee");
        browser.findElement(By.id("child-familyName")).sendKeys("Srisuk");
        new Select(browser.findElement(By.id("child-sex"))).selectByValue("female");
        browser.findElement(By.id("child-estimatedAge")).sendKeys("14");
        browser.findElement(By.id("child-ageEstimationMethod")).sendKeys("her own account");
        browser.findElement(By.id("child-nationality")).sendKeys("TH");
        browser.findElement(By.id("child-languages")).sendKeys("th, en");
        browser.findElement(By.id("unaccompanied")).click();
        browser.findElement(By.id("trafficked")).click();
        browser.findElement(By.id("exploitation-trafficking")).click();
        browser.findElement(By.id("risk-high")).click();
        browser.findElement(By.id("protectionNeeds")).sendKeys("A safe place to sleep tonight.");
        browser.findElement(By.id("register-case")).click();
        Chromium.awaitUrlContaining(browser, "registered");

        assertThat(waitFor(By.id("case-registered")).getText()).isEqualTo(text("cases.page.registered"));
        assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo("Malee Srisuk");
        assertThat(browser.findElement(By.id("report-reference")).getText()).isEqualTo(reference);
        assertThat(browser.findElement(By.id("case-origin")).getText()).isEqualTo(text("cases.origin.report"));
        String caseUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

        browser.findElement(By.id("guardian-name-input")).sendKeys("Ms Ratana Chai");
        browser.findElement(By.id("guardian-organisation-input")).sendKeys("Legal Aid Bangkok");
        browser.findElement(By.id("appoint-guardian")).click();
        assertThat(waitFor(By.id("guardian-name")).getText()).isEqualTo("Ms Ratana Chai");
        assertThat(browser.findElement(By.id("case-version")).getText()).isEqualTo("2");

        browser.findElement(By.id("edit-case")).click();
        WebElement familyName = browser.findElement(By.id("child-familyName"));
        familyName.clear();
        familyName.sendKeys("Srisuk-Chai");
        browser.findElement(By.id("save-case")).click();
        Chromium.awaitUrlContaining(browser, "changed");
        assertThat(waitFor(By.id("case-changed")).getText()).isEqualTo(text("cases.page.changed"));
        assertThat(browser.findElement(By.id("child-name")).getText()).isEqualTo("Malee Srisuk-Chai");

        browser.findElement(By.id("case-history")).click();
        waitFor(By.id("case-history-table"));
        assertThat(browser.findElements(By.cssSelector("tr.history-row")).stream()
                        .map(WebElement::getText))
                .anyMatch(
                        row -> row.startsWith("3 " + text("cases.field.child.familyName") + " " + caseWorker.username())
                                && row.endsWith("Srisuk Srisuk-Chai"))
                .anyMatch(row -> row.startsWith("2 " + text("cases.field.guardian")));
        assertThat(browser.getCurrentUrl()).startsWith(caseUrl);
    }

    @Test
    void aChangeMadeOnAFormOpenedBeforeAColleaguesChangeIsRefusedAndShowsWhatWasNotSaved() {
        var api = new Api(port);
        String organisation = organisation();
        var caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        var colleague = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        String id = org.protego.cases.CaseFixtures.registeredCase(api, caseWorker, "Pim", "Suk");

        browser = Chromium.start("en");
        signIn(caseWorker);
        browser.get(base() + "/staff/cases/" + id + "/edit");
        WebElement familyName = browser.findElement(By.id("child-familyName"));
        familyName.clear();
        familyName.sendKeys("Sukjai");
        assertThat(api.patchJson(
                                "/api/v1/cases/" + id,
                                colleague.token(),
                                Map.of("protectionNeeds", "Moved to a shelter."),
                                Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(200);
        browser.findElement(By.id("save-case")).click();

        assertThat(waitFor(By.id("problems")).getText())
                .contains("Someone changed this case after you opened it")
                .contains(colleague.username());
        assertThat(browser.findElement(By.id("not-saved")).getText()).contains("Sukjai");
        assertThat(browser.findElement(By.id("child-familyName")).getAttribute("value"))
                .isEqualTo("Suk");
        assertThat(browser.findElement(By.id("protectionNeeds")).getAttribute("value"))
                .isEqualTo("Moved to a shelter.");
        var stored = api.get("/api/v1/cases/" + id, caseWorker.token()).json();
        assertThat(stored.get("child").get("familyName").asString()).isEqualTo("Suk");
        assertThat(stored.get("protectionNeeds").asString()).isEqualTo("Moved to a shelter.");
    }

    private static String organisation() {
        return "ngo-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void signIn(Api.StaffUser user) {
        Chromium.signIn(browser, port, user);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
