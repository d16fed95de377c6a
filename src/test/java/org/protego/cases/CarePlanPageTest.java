package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On the case page a case worker keeps the care plan and records follow-ups. */
@ProtegoTest
class CarePlanPageTest {

    @LocalServerPort
    int port;

    Api api;
    Api browser;
    String organisation;
    Api.StaffUser caseWorker;
    String caseId;
    String casePage;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Kanya", "Thong");
        casePage = "/staff/cases/" + caseId;
        browser = new Api(port);
        browser.signIn(caseWorker);
    }

    Document page() {
        return Jsoup.parse(browser.get(casePage, null).body());
    }

    @Test
    void anItemAddedWithTheFormIsShownWithItsDueDate() {
        String dueOn = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

        Api.Response added = browser.postForm(
                casePage,
                casePage + "/care-plan",
                Map.of(
                        "version", "1",
                        "itemKind", "goal",
                        "description", "Back to school in September",
                        "responsible", "",
                        "dueOn", dueOn));

        assertThat(added.status()).isEqualTo(302);
        Document page = page();
        assertThat(page.select("#care-plan-items tbody tr").text()).contains("Back to school in September", dueOn);
        assertThat(page.select("#care-plan-items .care-plan-overdue")).isEmpty();
        assertThat(page.select("#case-version").text()).isEqualTo("2");
    }

    @Test
    void aFormSentAgainstAnOlderVersionComesBackWithTheProblemAndWhatWasTyped() {
        api.postJson("/api/v1/cases/" + caseId + "/follow-ups", caseWorker.token(), Map.of("kind", "phone"));

        Api.Response refused = browser.postForm(
                casePage,
                casePage + "/care-plan",
                Map.of(
                        "version",
                        "1",
                        "itemKind",
                        "need",
                        "description",
                        "A doctor who speaks Thai",
                        "dueOn",
                        LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()));

        assertThat(refused.status()).isEqualTo(302);
        Document page = page();
        assertThat(page.select("#problems").text()).contains("version 2");
        assertThat(page.select("#care-plan-description").text()).isEqualTo("A doctor who speaks Thai");
        assertThat(page.select("#care-plan-items")).isEmpty();
    }

    @Test
    void aFollowUpRecordedWithTheFormSetsTheNextDate() {
        String nextDue = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

        browser.postForm(
                casePage,
                casePage + "/follow-ups",
                Map.of(
                        "version", "1",
                        "contactKind", "home_visit",
                        "happenedOn", "",
                        "notes", "Kanya is well",
                        "nextDueOn", nextDue));

        Document page = page();
        assertThat(page.select("#follow-up-next-due").text()).isEqualTo(nextDue);
        assertThat(page.select("#follow-up-list tbody tr").text()).contains("Kanya is well", "Home visit");
        assertThat(page.select("#follow-up-overdue")).isEmpty();
    }

    @Test
    void aCaseWorkerOfAnotherTeamCannotAddToTheCarePlanFromThePage() {
        Api.StaffUser otherTeam = api.createUserInTeam(organisation, "south", "CASE_WORKER");
        Api other = new Api(port);
        other.signIn(otherTeam);

        other.postForm(
                "/staff",
                casePage + "/care-plan",
                Map.of(
                        "version",
                        "1",
                        "itemKind",
                        "goal",
                        "description",
                        "Not theirs to plan",
                        "dueOn",
                        LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()));

        assertThat(api.get("/api/v1/cases/" + caseId + "/care-plan", caseWorker.token())
                        .json()
                        .get("items")
                        .isEmpty())
                .isTrue();
    }
}
