package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case worker's pages: the caseload, registering a child, changing a case against the version shown, and its
 * history; each allowed view has its denied twin.
 */
@ProtegoTest
class CasePagesTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser caseWorker;
    Api page;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        page = signedIn(caseWorker);
    }

    Api signedIn(Api.StaffUser user) {
        Api session = new Api(port);
        session.signIn(user);
        return session;
    }

    static Document html(Api.Response response) {
        return Jsoup.parse(response.body());
    }

    static Map<String, String> registration(String givenName, String familyName) {
        Map<String, String> form = new HashMap<>();
        form.put("child.givenName", givenName);
        form.put("child.familyName", familyName);
        form.put("child.sex", "female");
        form.put("child.estimatedAge", "13");
        form.put("child.ageEstimationMethod", "her own account");
        form.put("child.nationality", "th");
        form.put("child.languages", "th, en");
        form.put("document.0.type", "passport");
        form.put("document.0.number", "AB123");
        form.put("document.0.issuingCountry", "TH");
        form.put("unaccompanied", "true");
        form.put("trafficked", "true");
        form.put("exploitation.trafficking", "true");
        form.put("exploitation.prostitution", "true");
        form.put("riskLevel", "high");
        form.put("protectionNeeds", "A safe place to sleep tonight.");
        return form;
    }

    String registerOnThePage(Map<String, String> form) {
        Api.Response registered = page.postForm("/staff/cases/new", "/staff/cases", form);
        assertThat(registered.status()).isIn(302, 303);
        String location = registered.header("Location");
        assertThat(location).contains("/staff/cases/").endsWith("?registered");
        return location.replaceAll(".*/staff/cases/([^?]+).*", "$1");
    }

    @Test
    void aChildRegisteredOnTheFormIsShownWithEveryDetailOnTheCasePage() {
        String id = registerOnThePage(registration("Malee", "Srisuk"));

        Document shown = html(page.get("/staff/cases/" + id + "?registered", null));
        assertThat(shown.getElementById("case-registered")).isNotNull();
        assertThat(shown.getElementById("child-name").text()).isEqualTo("Malee Srisuk");
        assertThat(shown.getElementById("child-sex").text()).isEqualTo("female");
        assertThat(shown.getElementById("child-estimated-age").text()).contains("13 years", "her own account");
        assertThat(shown.getElementById("child-nationality").text()).isEqualTo("TH");
        assertThat(shown.getElementById("child-languages").text()).isEqualTo("th, en");
        assertThat(shown.getElementById("child-documents").text()).contains("passport", "AB123", "(TH)");
        assertThat(shown.select("#child-situation li").eachText()).containsExactly("Unaccompanied", "Trafficked");
        assertThat(shown.select("#forms-of-exploitation li").eachText())
                .containsExactly("Sexual exploitation of children in prostitution", "Trafficking of children");
        assertThat(shown.getElementById("risk-level").text()).isEqualTo("high");
        assertThat(shown.getElementById("protection-needs").text()).isEqualTo("A safe place to sleep tonight.");
        assertThat(shown.getElementById("case-assigned-to").text()).isEqualTo(caseWorker.username());
        assertThat(shown.getElementById("case-team").text()).isEqualTo("north");
        assertThat(shown.getElementById("case-origin").text()).isEqualTo("Opened directly, without a report.");
        assertThat(shown.getElementById("guardian")).isNotNull();
    }

    @Test
    void aCaseOpenedFromAReportShowsTheReportsReferenceAndKind() {
        String reference = api.submitReport(
                        Map.of("category", "trafficking", "description", "A girl kept near the port."))
                .get("reference")
                .asString();
        Map<String, String> form = registration("Aom", "Chai");
        form.put("reportReference", reference);

        String id = registerOnThePage(form);

        Document shown = html(page.get("/staff/cases/" + id, null));
        assertThat(shown.getElementById("report-reference").text()).isEqualTo(reference);
        assertThat(shown.getElementById("report-category").text()).isEqualTo("Trafficking of children");
        assertThat(shown.select("#report-reference a"))
                .as("a case worker does not read reports")
                .isEmpty();
    }

    @Test
    void aRefusedRegistrationShowsEachProblemBesideItsFieldAndKeepsWhatWasTyped() {
        Map<String, String> form = registration("Nok", "Dee");
        form.put("child.nationality", "Thailand");
        form.put("child.estimatedAge", "");
        form.put("child.dateOfBirth", "31/05/2012");
        form.remove("riskLevel");

        Api.Response refused = page.postForm("/staff/cases/new", "/staff/cases", form);

        assertThat(refused.status()).isIn(302, 303);
        assertThat(refused.header("Location")).endsWith("/staff/cases/new");
        Document shown = html(page.get("/staff/cases/new", null));
        assertThat(shown.getElementById("child-nationality-problem").text())
                .isEqualTo("The nationality must be a country code such as BR or TH.");
        assertThat(shown.getElementById("child-dateOfBirth-problem").text())
                .isEqualTo("Give the date as year-month-day, for example 2012-05-31.");
        assertThat(shown.getElementById("riskLevel-problem").text())
                .isEqualTo("Choose a risk level: low, medium or high.");
        assertThat(shown.getElementById("child-nationality").attr("aria-describedby"))
                .contains("child-nationality-problem");
        assertThat(shown.getElementById("child-givenName").val()).isEqualTo("Nok");
        assertThat(shown.getElementById("child-nationality").val()).isEqualTo("Thailand");
        assertThat(shown.getElementById("document-0-number").val()).isEqualTo("AB123");
        assertThat(shown.getElementById("exploitation-trafficking").hasAttr("checked"))
                .isTrue();
        assertThat(shown.getElementById("exploitation-grooming").hasAttr("checked"))
                .isFalse();
        assertThat(shown.getElementById("unaccompanied").hasAttr("checked")).isTrue();
        assertThat(api.get("/api/v1/cases/search?name=Nok", caseWorker.token())
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void aSecondRegistrationOfTheSameChildShowsTheFirstAsAPossibleDuplicate() {
        String first = registerOnThePage(registration("Somchai", "Wong"));

        Api.Response registered = page.postForm("/staff/cases/new", "/staff/cases", registration("Somchay", "Wong"));

        Document shown = html(page.get(registered.header("Location"), null));
        assertThat(shown.select("#possible-duplicates a").eachAttr("href"))
                .anyMatch(href -> href.endsWith("/staff/cases/" + first));
    }

    @Test
    void theCaseloadListsTheCaseWorkersCasesAndSearchFindsOneByName() {
        String id = registerOnThePage(registration("Kanya", "Boonmee"));
        String number = api.get("/api/v1/cases/" + id, caseWorker.token())
                .json()
                .get("caseNumber")
                .asString();

        Document caseload = html(page.get("/staff/cases", null));
        assertThat(caseload.getElementById("case-" + number)).isNotNull();
        assertThat(caseload.select("#case-" + number + " .flag--danger").text()).contains("high");
        assertThat(caseload.select("#nav-cases").attr("aria-current")).isEqualTo("page");
        assertThat(caseload.getElementById("register-link")).isNotNull();

        Document found = html(page.get("/staff/cases?name=Kania+Bunmee", null));
        assertThat(found.select("#caseload tbody tr").eachAttr("id")).contains("case-" + number);
        Document byNumber = html(page.get("/staff/cases?number=" + number, null));
        assertThat(byNumber.select("#caseload tbody tr").eachAttr("id")).containsExactly("case-" + number);
    }

    @Test
    void aSupervisorSeesTheTeamsCaseloadButIsNotOfferedRegistration() {
        registerOnThePage(registration("Ploy", "Saetang"));
        Api supervisor = signedIn(api.createUserInTeam(organisation, "north", "SUPERVISOR"));

        Document caseload = html(supervisor.get("/staff/cases", null));

        assertThat(caseload.select("#caseload tbody tr")).isNotEmpty();
        assertThat(caseload.getElementById("register-link")).isNull();
        assertThat(supervisor.get("/staff/cases/new", null).status()).isEqualTo(403);
    }

    @Test
    void anotherTeamsCaseWorkerGetsNotFoundOnTheCaseItsEditFormAndHistory() {
        String id = registerOnThePage(registration("Fah", "Sang"));
        Api otherTeam = signedIn(api.createUserInTeam(organisation, "south", "CASE_WORKER"));

        assertThat(page.get("/staff/cases/" + id, null).status()).isEqualTo(200);
        assertThat(otherTeam.get("/staff/cases/" + id, null).status()).isEqualTo(404);
        assertThat(otherTeam.get("/staff/cases/" + id + "/edit", null).status()).isEqualTo(404);
        assertThat(otherTeam.get("/staff/cases/" + id + "/history", null).status())
                .isEqualTo(404);
        assertThat(html(otherTeam.get("/staff/cases", null)).select("#caseload tbody tr"))
                .isEmpty();
    }

    @Test
    void anotherOrganisationsCaseWorkerCannotChangeTheCaseFromAForm() {
        String id = registerOnThePage(registration("Mali", "Thong"));
        Api stranger = signedIn(
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER"));

        Map<String, String> change = registration("Changed", "Thong");
        change.put("version", "1");
        Api.Response refused = stranger.postForm("/staff/cases", "/staff/cases/" + id + "/edit", change);

        assertThat(refused.status()).isIn(302, 303);
        assertThat(api.get("/api/v1/cases/" + id, caseWorker.token())
                        .json()
                        .get("child")
                        .get("givenName")
                        .asString())
                .isEqualTo("Mali");
    }

    @Test
    void anAnalystGetsNoCasePages() {
        String id = registerOnThePage(registration("Dao", "Kham"));
        Api analyst = signedIn(api.createUser(organisation, "ANALYST"));

        assertThat(analyst.get("/staff/cases", null).status()).isEqualTo(403);
        assertThat(analyst.get("/staff/cases/" + id, null).status()).isIn(403, 404);
        assertThat(analyst.get("/staff/cases/new", null).status()).isEqualTo(403);
        assertThat(html(analyst.get("/staff", null)).getElementById("nav-cases"))
                .isNull();
    }

    @Test
    void anEditSavedOnTheFormIsAnewVersionAndALineOfTheHistory() {
        String id = registerOnThePage(registration("Nim", "Jai"));
        Map<String, String> change = registration("Nim", "Jaidee");
        change.put("version", "1");

        Api.Response saved = page.postForm("/staff/cases/" + id + "/edit", "/staff/cases/" + id + "/edit", change);

        assertThat(saved.header("Location")).endsWith("/staff/cases/" + id + "?changed");
        assertThat(html(page.get("/staff/cases/" + id, null))
                        .getElementById("case-version")
                        .text())
                .isEqualTo("2");
        Document history = html(page.get("/staff/cases/" + id + "/history", null));
        var familyName = history.select("tr.history-row[data-field=\"child.familyName\"]");
        assertThat(familyName.eachText())
                .anyMatch(
                        row -> row.startsWith("2 Family name " + caseWorker.username()) && row.endsWith("Jai Jaidee"));
    }

    @Test
    void anEditMadeOnAStaleVersionIsRefusedWithWhatChangedAndOverwritesNothing() {
        String id = registerOnThePage(registration("Pim", "Suk"));
        Map<String, String> apiChange = Map.of("protectionNeeds", "Moved to a shelter.");
        assertThat(api.patchJson("/api/v1/cases/" + id, caseWorker.token(), apiChange, Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(200);
        Map<String, String> stale = registration("Pim", "Sukjai");
        stale.put("version", "1");

        Api.Response refused = page.postForm("/staff/cases/" + id + "/edit", "/staff/cases/" + id + "/edit", stale);

        assertThat(refused.header("Location")).endsWith("/staff/cases/" + id + "/edit");
        Document form = html(page.get("/staff/cases/" + id + "/edit", null));
        assertThat(form.getElementById("problems").text())
                .contains("Someone changed this case after you opened it", "version 2", "protectionNeeds");
        assertThat(form.select("input[name=version]").val()).isEqualTo("2");
        assertThat(form.getElementById("child-familyName").val()).isEqualTo("Suk");
        assertThat(form.getElementById("protectionNeeds").text()).isEqualTo("Moved to a shelter.");
        assertThat(form.getElementById("not-saved").text()).contains("Family name", "Sukjai");
        var stored = api.get("/api/v1/cases/" + id, caseWorker.token()).json();
        assertThat(stored.get("version").asLong()).isEqualTo(2);
        assertThat(stored.get("child").get("familyName").asString()).isEqualTo("Suk");
        assertThat(stored.get("protectionNeeds").asString()).isEqualTo("Moved to a shelter.");
    }

    @Test
    void theCasePagesAreOfferedInArabicRightToLeft() {
        String id = registerOnThePage(registration("Lek", "Noi"));
        page.get("/staff/cases?lang=ar", null);

        for (String path : List.of(
                "/staff/cases",
                "/staff/cases/new",
                "/staff/cases/" + id,
                "/staff/cases/" + id + "/edit",
                "/staff/cases/" + id + "/history")) {
            Document shown = html(page.get(path, null));
            assertThat(shown.select("html").attr("dir")).as(path).isEqualTo("rtl");
            assertThat(shown.body().text()).as(path).doesNotContain("??");
        }
    }
}
