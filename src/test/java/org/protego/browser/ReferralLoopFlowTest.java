package org.protego.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
import org.protego.cases.CaseFixtures;
import org.protego.directory.HsdsExamples;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loop the issue asks for, on the pages: a case worker finds the shelter that fits a 14-year-old girl who speaks
 * Arabic and refers her; the shelter's staff accept, start and complete the service; the child says how it was in
 * Arabic, on a page without script; and the case worker sees the whole loop, while the shelter no longer sees what
 * was shared.
 */
@ProtegoTest
class ReferralLoopFlowTest {

    @LocalServerPort
    int port;

    /** Each person keeps their own browser: signing in twice within one TOTP step is refused as a replay. */
    final Map<String, WebDriver> browsers = new HashMap<>();

    WebDriver browser;

    @AfterEach
    void quit() {
        browsers.values().forEach(WebDriver::quit);
    }

    @Test
    void aGirlIsReferredToAShelterWhichServesHerAndSheSaysHowItWas() {
        Api api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String shelter = "Amal Shelter " + suffix;
        // A town of this test's own: the directory holds the same example services many other tests imported.
        String town = "Byblos " + suffix;
        Map<String, String> names =
                Map.of("Amal Shelter", shelter, "Cedar Health", "Cedar Health " + suffix, "Byblos", town);
        String admin = api.adminToken();
        JsonNode safeHouse = HsdsExamples.json("safe-house-for-girls.json", names);
        assertThat(api.postJson("/api/v1/directory/hsds/services", admin, safeHouse)
                        .status())
                .isEqualTo(201);
        for (JsonNode decoy : HsdsExamples.json("decoys.json", names)) {
            // In the same town, so that only eligibility sets them apart.
            ((ObjectNode) decoy)
                    .putArray("service_areas")
                    .addObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("name", town);
            assertThat(api.postJson("/api/v1/directory/hsds/services", admin, decoy)
                            .status())
                    .isEqualTo(201);
        }
        String safeHouseId = safeHouse.get("id").asString();
        String organisation = "ngo-" + suffix;
        Api.StaffUser caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        Api.StaffUser shelterStaff = api.createUser(shelter, "SERVICE_PROVIDER");
        Map<String, Object> child = new HashMap<>();
        child.put("givenName", "Amira");
        child.put("familyName", "Haddad");
        child.put("sex", "female");
        child.put("dateOfBirth", LocalDate.now().minusYears(14).minusMonths(3).toString());
        child.put("nationality", "SY");
        child.put("languages", List.of("ar"));
        String caseId = CaseFixtures.register(
                        api, caseWorker, CaseFixtures.girlOf14("Amira", "Haddad", Map.of("child", child)))
                .json()
                .get("id")
                .asString();
        assertThat(api.postJson(
                                "/api/v1/cases/" + caseId + "/consents",
                                caseWorker.token(),
                                Map.of(
                                        "purpose", "information_sharing",
                                        "givenBy", "child",
                                        "recipientOrganisation", shelter))
                        .status())
                .isEqualTo(201);

        // 1. The case worker finds the one shelter that fits her, and refers her with three fields shared.
        actAs(caseWorker);
        browser.get(url("/staff/cases/" + caseId));
        waitFor(By.id("find-a-service")).click();
        assertThat(waitFor(By.id("search-age")).getAttribute("value")).isEqualTo("14");
        assertThat(new Select(browser.findElement(By.id("search-sex")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("female");
        assertThat(browser.findElement(By.id("search-language")).getAttribute("value"))
                .isEqualTo("ar");
        new Select(browser.findElement(By.id("search-need"))).selectByValue("shelter");
        browser.findElement(By.id("search-area")).sendKeys(town);
        browser.findElement(By.id("search-services")).click();
        waitFor(By.id("service-" + safeHouseId));
        String results = browser.findElement(By.id("main")).getText();
        assertThat(results).contains("Safe House for Girls");
        assertThat(results).doesNotContain("Boys' Home", "Little Ones", "Open Door", "Youth Clinic");
        browser.findElement(By.id("reason-" + safeHouseId))
                .sendKeys("She needs a safe place to stay away from the people who exploited her.");
        new Select(browser.findElement(By.id("urgency-" + safeHouseId))).selectByValue("high");
        for (String field : List.of("givenName", "age", "languages")) {
            browser.findElement(By.id("share-" + safeHouseId + "-" + field)).click();
        }
        browser.findElement(By.id("refer-" + safeHouseId)).click();
        Chromium.awaitUrlContaining(browser, "?sent");
        String referralUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
        String referralId = referralUrl.substring(referralUrl.lastIndexOf('/') + 1);
        assertThat(waitFor(By.id("referral-state")).getText()).isNotBlank();
        String sentState = browser.findElement(By.id("referral-state")).getText();

        // 2. The shelter's staff see one referral waiting, with only what was shared, and serve her.
        actAs(shelterStaff);
        assertThat(waitFor(By.id("nav-referrals")).getText()).contains("1");
        browser.findElement(By.id("nav-referrals")).click();
        waitFor(By.id("incoming-" + referralId)).findElement(By.tagName("a")).click();
        assertThat(waitFor(By.id("shared-givenName")).getText()).contains("Amira");
        assertThat(browser.findElement(By.id("shared-age")).getText()).contains("14");
        assertThat(browser.findElement(By.id("shared-languages")).getText()).contains("ar");
        assertThat(browser.findElements(By.id("shared-familyName"))).isEmpty();
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain("Haddad");
        browser.findElement(By.id("accept-referral")).click();
        waitFor(By.id("start-referral")).click();
        waitFor(By.id("complete-feedback")).sendKeys("Amira stayed six weeks and is now with her aunt.");
        browser.findElement(By.id("complete-referral")).click();
        waitFor(By.id("shared-gone"));
        assertThat(browser.findElements(By.id("shared-givenName"))).isEmpty();

        // 3. The case worker sees every step with its time and the shelter's feedback, and gives the child a code.
        actAs(caseWorker);
        browser.get(referralUrl);
        for (String step : List.of("sent", "accepted", "started", "completed")) {
            assertThat(waitFor(By.id("step-" + step)).getText()).isNotBlank();
        }
        assertThat(browser.findElement(By.id("referral-state")).getText()).isNotEqualTo(sentState);
        assertThat(browser.findElement(By.id("referral-feedback")).getText()).contains("now with her aunt");
        browser.get(url("/staff/cases/" + caseId));
        waitFor(By.id("issue-code-" + referralId)).click();
        String code = waitFor(By.id("feedback-code")).getText();

        // 4. The child answers in Arabic, right to left, on a page without script, and asks to be contacted.
        WebDriver childsBrowser = Chromium.start("ar");
        browsers.put("child", childsBrowser);
        browser = childsBrowser;
        browser.get(url("/feedback"));
        WebElement html = waitFor(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("enter-code")).click();
        for (String answer : List.of("treated-5", "safe-5", "helped-4")) {
            waitFor(By.id(answer)).findElement(By.xpath("./ancestor::label")).click();
        }
        assertThat(browser.findElement(By.id("treated-5")).isSelected()).isTrue();
        browser.findElement(By.id("recommend-yes")).click();
        browser.findElement(By.id("contact-yes")).click();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        browser.findElement(By.id("send-feedback")).click();
        waitFor(By.id("feedback-thanks"));

        // 5. The case worker sees the loop closed and the child's request to be contacted.
        actAs(caseWorker);
        browser.get(url("/staff/cases/" + caseId));
        assertThat(waitFor(By.id("referral-" + referralId)).getText()).contains("Safe House for Girls");
        assertThat(browser.findElements(By.cssSelector("#children-feedback .feedback-request")))
                .hasSize(1);
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
