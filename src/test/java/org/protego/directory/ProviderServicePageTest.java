package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A service provider keeps its own organisation's services on the directory's pages, and no other organisation's. */
@ProtegoTest
class ProviderServicePageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String provider;
    Api.StaffUser providerStaff;
    UUID ownService;
    UUID otherService;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        provider = "amal-" + suffix;
        providerStaff = api.createUser(provider, "SERVICE_PROVIDER");
        ownService = DirectoryRows.insertService(
                jdbc,
                DirectorySearchPageTest.organisationId(jdbc, provider),
                "Safe House for Girls",
                "shelter",
                12,
                17,
                List.of("female"),
                List.of("ar"));
        DirectoryDocuments.describe(jdbc, ownService);
        String clinic = "clinic-" + suffix;
        api.createUser(clinic, "SERVICE_PROVIDER");
        otherService = DirectoryRows.insertService(
                jdbc,
                DirectorySearchPageTest.organisationId(jdbc, clinic),
                "Clinic",
                "health",
                null,
                null,
                List.of(),
                List.of("en"));
    }

    private Api signedIn(Api.StaffUser user) {
        Api browser = new Api(port);
        browser.signIn(user);
        return browser;
    }

    private static Document html(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void aServiceProviderListsItsOwnOrganisationsServicesOnly() {
        Document mine = html(signedIn(providerStaff).get("/staff/directory/mine", null));

        assertThat(mine.select("#service-" + ownService).text()).contains("Safe House for Girls", "Active", "Shelter");
        assertThat(mine.select("#service-" + otherService)).isEmpty();
        assertThat(mine.select("#new-service-link").attr("href")).isEqualTo("/staff/directory/services/new");
    }

    @Test
    void anAdministratorListsEveryOrganisationsServices() {
        Document all = html(signedIn(api.createUser("hotline", "ADMIN")).get("/staff/directory/mine", null));

        assertThat(all.select("#service-" + ownService).text()).contains(provider);
        assertThat(all.select("#service-" + otherService)).hasSize(1);
    }

    @Test
    void theEditFormShowsTheServiceAsItIs() {
        Document form = html(signedIn(providerStaff).get("/staff/directory/services/" + ownService + "/edit", null));

        assertThat(form.select("#service-form").attr("action")).isEqualTo("/staff/directory/services/" + ownService);
        assertThat(form.select("#name").val()).isEqualTo("Safe House for Girls");
        assertThat(form.select("#minimumAge").val()).isEqualTo("12");
        assertThat(form.select("#sex-female").hasAttr("checked")).isTrue();
        assertThat(form.select("#languages").val()).isEqualTo("ar");
        assertThat(form.select("#need-shelter").hasAttr("checked")).isTrue();
        assertThat(form.select("#location-0-city").val()).isEqualTo("Amman");
        assertThat(form.select("#location-0-hours-0-MO").hasAttr("checked")).isTrue();
        assertThat(form.select("#location-0-hours-0-opens").val()).isEqualTo("08:00");
        assertThat(form.select("#location-1-city").val())
                .as("one empty location more")
                .isEmpty();
        assertThat(form.select("#contact-name").val()).isEqualTo("Rania");
        assertThat(form.select("#organisation"))
                .as("a provider's services are its own")
                .isEmpty();
    }

    @Test
    void anAdministratorsNewServiceNamesItsOrganisation() {
        Document form = html(signedIn(api.createUser("hotline", "ADMIN")).get("/staff/directory/services/new", null));

        assertThat(form.select("#organisation")).hasSize(1);
        assertThat(form.select("#status option[selected]").val()).isEqualTo("active");
        assertThat(form.select("#sex-any").hasAttr("checked")).isTrue();
    }

    @Test
    void anotherOrganisationsProviderCannotOpenTheEditForm() {
        Api browser = signedIn(api.createUser("clinic-" + UUID.randomUUID(), "SERVICE_PROVIDER"));

        assertThat(browser.get("/staff/directory/services/" + ownService + "/edit", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aCaseWorkerKeepsNoServices() {
        Api browser = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        assertThat(browser.get("/staff/directory/mine", null).status()).isEqualTo(403);
        assertThat(browser.get("/staff/directory/services/new", null).status()).isEqualTo(403);
        assertThat(browser.get("/staff/directory/services/" + ownService + "/edit", null)
                        .status())
                .isEqualTo(403);
    }
}
