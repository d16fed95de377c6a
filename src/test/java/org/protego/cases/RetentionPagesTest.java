package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator's retention and option list pages, and the legal hold section of the case page. */
@ProtegoTest
class RetentionPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api adminBrowser;
    String organisation;
    Api.StaffUser caseWorker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        adminBrowser = new Api(port);
        adminBrowser.signIn(api.createUser("hotline", "ADMIN"));
        organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
    }

    private String closedElevenYearsAgo(String givenName, String familyName) {
        String id = CaseFixtures.registeredCase(api, caseWorker, givenName, familyName);
        jdbc.sql("update case_file set state = 'CLOSED', closed_at = now() - interval '11 years' where id = :id")
                .param("id", UUID.fromString(id))
                .update();
        return id;
    }

    @Test
    void theAdministratorSeesWhatWouldBeAnonymisedAndRunsIt() {
        String id = closedElevenYearsAgo("Wan", "Pageview");
        String caseNumber = jdbc.sql("select case_number from case_file where id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();

        String page = adminBrowser.get("/admin/retention", null).body();

        assertThat(page).contains("id=\"due-anonymise\"", caseNumber, organisation, "id=\"years-closed_case\"");
        assertThat(page).doesNotContain("Pageview");
        var ran = adminBrowser.postForm("/admin/retention", "/admin/retention/run", Map.of());
        assertThat(ran.header("Location")).endsWith("/admin/retention");
        assertThat(adminBrowser.get("/admin/retention", null).body()).contains("id=\"retention-ran\"");
        assertThat(jdbc.sql("select state from case_file where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("ANONYMISED");
    }

    @Test
    void aPeriodOutOfBoundsComesBackWithTheReason() {
        var refused = adminBrowser.postForm("/admin/retention", "/admin/retention/closed_case", Map.of("years", "0"));

        assertThat(refused.header("Location")).endsWith("/admin/retention");
        assertThat(adminBrowser.get("/admin/retention", null).body())
                .contains("Give a whole number of years from 1 to 100.");
    }

    @Test
    void aSupervisorCannotOpenTheRetentionOrOptionListPages() {
        Api supervisorBrowser = new Api(port);
        supervisorBrowser.signIn(api.createUserInTeam(organisation, "north", "SUPERVISOR"));

        assertThat(supervisorBrowser.get("/admin/retention", null).status()).isEqualTo(403);
        assertThat(supervisorBrowser.get("/admin/option-lists", null).status()).isEqualTo(403);
    }

    @Test
    void theAdministratorEditsACountrysListAsText() {
        var saved = adminBrowser.postForm(
                "/admin/option-lists",
                "/admin/option-lists",
                Map.of(
                        "list",
                        "identity-document-types",
                        "country",
                        "BR",
                        "options",
                        "passport | Passport | pt=Passaporte\nrg | Registro Geral | pt=Carteira de identidade"));

        assertThat(saved.header("Location")).contains("list=identity-document-types", "country=BR", "saved");
        assertThat(adminBrowser
                        .get("/admin/option-lists?list=identity-document-types&country=BR", null)
                        .body())
                .contains("rg | Registro Geral | pt=Carteira de identidade");
        assertThat(api.get("/api/v1/option-lists/identity-document-types?country=BR", caseWorker.token())
                        .body())
                .contains("\"rg\"");
    }

    @Test
    void aSupervisorPlacesALegalHoldOnTheCasePageAndTheCaseWorkerSeesIt() {
        String id = CaseFixtures.registeredCase(api, caseWorker, "Jan", "Pagehold");
        Api supervisorBrowser = new Api(port);
        supervisorBrowser.signIn(api.createUserInTeam(organisation, "north", "SUPERVISOR"));
        String casePage = "/staff/cases/" + id;
        assertThat(supervisorBrowser.get(casePage, null).body()).contains("id=\"place-legal-hold\"");

        var held = supervisorBrowser.postForm(
                casePage, casePage + "/legal-hold", Map.of("version", "1", "reason", "Criminal proceedings pending"));

        assertThat(held.header("Location")).endsWith(casePage);
        assertThat(supervisorBrowser.get(casePage, null).body())
                .contains("id=\"legal-hold-held\"", "Criminal proceedings pending", "id=\"lift-legal-hold\"");
        Api caseWorkerBrowser = new Api(port);
        caseWorkerBrowser.signIn(caseWorker);
        assertThat(caseWorkerBrowser.get(casePage, null).body())
                .contains("id=\"legal-hold-held\"")
                .doesNotContain("id=\"lift-legal-hold\"");
    }
}
