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

/** Staff who refer children find the services that fit a child on the directory page, and read each service's page. */
@ProtegoTest
class DirectorySearchPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String provider;
    UUID girlsShelter;
    UUID boysShelter;
    String area;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        provider = "amal-" + suffix;
        api.createUser(provider, "SERVICE_PROVIDER");
        UUID providerId = organisationId(jdbc, provider);
        girlsShelter = DirectoryRows.insertService(
                jdbc,
                providerId,
                "Safe House for Girls " + suffix,
                "shelter",
                12,
                17,
                List.of("female"),
                List.of("ar"));
        boysShelter = DirectoryRows.insertService(
                jdbc, providerId, "Boys' Home " + suffix, "shelter", 12, 17, List.of("male"), List.of("ar"));
        DirectoryDocuments.describe(jdbc, girlsShelter);
        // An area of this test's own, so that the many shelters other tests add never push these off the first page.
        area = "area-" + suffix;
        jdbc.sql("update directory_service set areas = array[:area] where id in (:girls, :boys)")
                .param("area", area)
                .param("girls", girlsShelter)
                .param("boys", boysShelter)
                .update();
    }

    static UUID organisationId(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from identity_organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
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
    void aCaseWorkerFindsOnlyTheServicesThatFitTheChild() {
        Api browser = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        Document page =
                html(browser.get("/staff/directory?age=14&sex=female&language=ar&need=shelter&area=" + area, null));

        assertThat(page.select("#service-" + girlsShelter)).hasSize(1);
        assertThat(page.select("#service-" + boysShelter)).isEmpty();
        assertThat(page.select("#service-" + girlsShelter).text())
                .contains(provider, "12 to 17", "female", "Arabic", "Shelter");
        assertThat(page.select("#search-sex option[selected]").val()).isEqualTo("female");
        assertThat(page.select("#nav-directory").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#my-services-link"))
                .as("a case worker keeps no services")
                .isEmpty();
    }

    @Test
    void aServicesPageShowsWhatItsHsdsDocumentSays() {
        Api browser = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        Document page = html(browser.get("/staff/directory/services/" + girlsShelter, null));

        assertThat(page.select("#service-description").text()).isEqualTo("A safe place to stay for girls.");
        assertThat(page.select("#service-ages").text()).isEqualTo("12 to 17");
        assertThat(page.select("#service-sexes").text()).isEqualTo("female");
        assertThat(page.select("#service-languages").text()).isEqualTo("Arabic");
        assertThat(page.select("#service-needs").text()).isEqualTo("Shelter");
        assertThat(page.select("#service-areas").text()).isEqualTo("Amman");
        assertThat(page.select("#location-1").text())
                .contains(
                        "Main house",
                        "12 Rainbow Street",
                        "11181 Amman",
                        "JO",
                        "+962 6 000 0000",
                        "Monday, Tuesday",
                        "08:00 to 18:00");
        assertThat(page.select("#service-contacts").text()).contains("Rania", "rania@amal-shelter.example.org");
        assertThat(page.select("#edit-service-link"))
                .as("a case worker cannot change it")
                .isEmpty();
    }

    @Test
    void theDirectoryIsInArabicFromRightToLeft() {
        Api browser = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        Document search = html(browser.get("/staff/directory?need=shelter&lang=ar&area=" + area, null));
        Document service = html(browser.get("/staff/directory/services/" + girlsShelter, null));

        assertThat(search.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(search.select("h1").text()).isEqualTo("دليل الخدمات");
        assertThat(search.select("#service-" + girlsShelter).text()).contains("أنثى", "الإيواء", "العربية");
        assertThat(service.select("html").attr("lang")).isEqualTo("ar");
        assertThat(service.select("#location-1").text()).contains("الإثنين", "من 08:00 إلى 18:00");
    }

    @Test
    void aCriterionThatCannotBeReadIsRefusedWithTheFieldNamed() {
        Api browser = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        Api.Response refused = browser.get("/staff/directory?age=fourteen", null);

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#problems").text()).contains("age: not a valid value here.");
        assertThat(page.select("#search-age").val())
                .as("the form comes back with what was typed")
                .isEqualTo("fourteen");
    }

    @Test
    void theServiceProviderSeesTheLinkToChangeItsOwnService() {
        Api browser = signedIn(api.createUser(provider, "SERVICE_PROVIDER"));

        Document page = html(browser.get("/staff/directory/services/" + girlsShelter, null));

        assertThat(page.select("#edit-service-link").attr("href"))
                .isEqualTo("/staff/directory/services/" + girlsShelter + "/edit");
    }

    @Test
    void anotherOrganisationsProviderSeesTheServiceButNoLinkToChangeIt() {
        Api browser = signedIn(api.createUser("clinic-" + UUID.randomUUID(), "SERVICE_PROVIDER"));

        Document page = html(browser.get("/staff/directory/services/" + girlsShelter, null));

        assertThat(page.select("h1").text())
                .isEqualTo(jdbc.sql("select name from directory_service where id = :id")
                        .param("id", girlsShelter)
                        .query(String.class)
                        .single());
        assertThat(page.select("#edit-service-link")).isEmpty();
    }

    @Test
    void staffWhoDoNotReferChildrenHaveNoDirectoryPage() {
        Api browser = signedIn(api.createUser("hotline-" + UUID.randomUUID(), "ANALYST"));

        assertThat(browser.get("/staff/directory", null).status()).isEqualTo(403);
        assertThat(browser.get("/staff/directory/services/" + girlsShelter, null)
                        .status())
                .isEqualTo(403);
        assertThat(html(browser.get("/staff", null)).select("#nav-directory")).isEmpty();
    }

    @Test
    void anUnknownServiceIsNotFound() {
        Api browser = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        assertThat(browser.get("/staff/directory/services/" + UUID.randomUUID(), null)
                        .status())
                .isEqualTo(404);
    }
}
