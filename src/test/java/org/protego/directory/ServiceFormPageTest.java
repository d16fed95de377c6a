package org.protego.directory;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A service provider adds and changes its services with the form; case workers then find them by what it says. Nobody
 * else changes them.
 */
@ProtegoTest
class ServiceFormPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String provider;
    Api.StaffUser providerStaff;
    String area;
    Api.StaffUser caseWorker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        provider = "amal-" + suffix;
        providerStaff = api.createUser(provider, "SERVICE_PROVIDER");
        // An area of this test's own, so that services other tests add never show up in its searches.
        area = "Area " + suffix;
        caseWorker = api.createUser("ngo-" + suffix, "CASE_WORKER");
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

    private Map<String, String> girlsShelter() {
        Map<String, String> form = new HashMap<>();
        form.put("name", "Safe House for Girls");
        form.put("description", "A safe place to stay.");
        form.put("status", "active");
        form.put("minimumAge", "12");
        form.put("maximumAge", "17");
        form.put("sex", "female");
        form.put("languages", "ar, fr");
        form.put("need.shelter", "true");
        form.put("areas", area);
        form.put("location.0.name", "Main house");
        form.put("location.0.address1", "12 Rainbow Street");
        form.put("location.0.city", "Amman");
        form.put("location.0.stateProvince", "Amman Governorate");
        form.put("location.0.postal", "11181");
        form.put("location.0.country", "JO");
        form.put("location.0.phone", "+962 6 000 0000");
        form.put("location.0.hours.0.day.MO", "true");
        form.put("location.0.hours.0.day.TU", "true");
        form.put("location.0.hours.0.opens", "08:00");
        form.put("location.0.hours.0.closes", "18:00");
        form.put("contact.name", "Rania");
        return form;
    }

    private List<String> found(String query) {
        Api.Response response =
                api.get("/api/v1/directory/services?area=" + area.replace(" ", "%20") + query, caseWorker.token());
        assertThat(response.status()).isEqualTo(200);
        return response.json().findValuesAsString("name");
    }

    private String created(Api browser, Map<String, String> form) {
        Api.Response saved = browser.postForm("/staff/directory/services/new", "/staff/directory/services", form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.header("Location"))
                .contains("/staff/directory/services/")
                .endsWith("?saved");
        return saved.header("Location").replaceAll(".*/services/([0-9a-f-]{36}).*", "$1");
    }

    @Test
    void aServiceTheProviderAddsIsFoundByWhatFitsTheChild() {
        Api browser = signedIn(providerStaff);

        String id = created(browser, girlsShelter());

        Document page = html(browser.get("/staff/directory/services/" + id + "?saved", null));
        assertThat(page.select("#service-saved")).hasSize(1);
        assertThat(page.select("#service-organisation").text()).contains(provider);
        assertThat(page.select("#location-1").text()).contains("12 Rainbow Street", "Monday, Tuesday");
        assertThat(found("&age=14&sex=female&language=ar&need=shelter")).containsExactly("Safe House for Girls");
        assertThat(found("&openOn=MONDAY&openAt=09:00")).containsExactly("Safe House for Girls");
        assertThat(found("&sex=male")).isEmpty();
        assertThat(found("&age=18")).isEmpty();
        assertThat(html(browser.get("/staff/directory/mine", null)).select("#service-" + id))
                .hasSize(1);
    }

    @Test
    void whatIsSavedIsAnHsdsServiceWithProtegosTerms() {
        String id = created(signedIn(providerStaff), girlsShelter());

        JsonNode service = api.get("/api/v1/directory/hsds/services/" + id, providerStaff.token())
                .json();

        assertThat(service.get("organization").get("name").asString()).isEqualTo(provider);
        assertThat(service.get("attributes").findValuesAsString("code")).contains("shelter", "female");
        assertThat(service.at("/service_at_locations/0/location/addresses/0/postal_code")
                        .asString())
                .isEqualTo("11181");
    }

    @Test
    void theProviderChangesItsServiceAndTheSearchFollows() {
        Api browser = signedIn(providerStaff);
        String id = created(browser, girlsShelter());
        Document form = html(browser.get("/staff/directory/services/" + id + "/edit", null));
        Map<String, String> changed = new HashMap<>();
        form.select(
                        "#service-form input[type=text], #service-form input[type=hidden], #service-form input[type=number],"
                                + " #service-form input[type=time], #service-form textarea")
                .forEach(field -> changed.put(field.attr("name"), field.val()));
        form.select("#service-form input[checked]").forEach(box -> changed.put(box.attr("name"), box.val()));
        form.select("#service-form select")
                .forEach(select -> changed.put(
                        select.attr("name"), select.select("option[selected]").val()));
        changed.remove("_csrf");
        changed.put("name", "Safe House for Girls and Young Women");
        changed.put("maximumAge", "19");
        changed.put("location.0.hours.1.day.SA", "true");
        changed.put("location.0.hours.1.opens", "10:00");
        changed.put("location.0.hours.1.closes", "14:00");

        Api.Response saved = browser.postForm(
                "/staff/directory/services/" + id + "/edit", "/staff/directory/services/" + id, changed);

        assertThat(saved.header("Location")).endsWith("/staff/directory/services/" + id + "?saved");
        assertThat(found("&age=18&openOn=SATURDAY&openAt=11:00"))
                .containsExactly("Safe House for Girls and Young Women");
        assertThat(found("&openOn=MONDAY&openAt=09:00"))
                .as("the first hours are kept")
                .hasSize(1);
    }

    @Test
    void aRefusedFormReturnsWithTheReasonsBesideTheFieldsAndWhatWasTyped() {
        Api browser = signedIn(providerStaff);
        Map<String, String> form = girlsShelter();
        form.put("location.0.postal", "");
        form.put("minimumAge", "18");

        Api.Response refused = browser.postForm("/staff/directory/services/new", "/staff/directory/services", form);

        assertThat(refused.header("Location")).endsWith("/staff/directory/services/new");
        Document page = html(browser.get("/staff/directory/services/new", null));
        assertThat(page.select("#problems").text())
                .contains("Location 1: give the street address", "The minimum age is above the maximum age.");
        assertThat(page.select("#location-0-address1-problem")).hasSize(1);
        assertThat(page.select("#name").val()).isEqualTo("Safe House for Girls");
        assertThat(page.select("#location-0-hours-0-MO").hasAttr("checked")).isTrue();
        assertThat(found("")).isEmpty();
    }

    @Test
    void anAdministratorAddsAServiceForANewProvider() {
        Api browser = signedIn(api.createUser("hotline", "ADMIN"));
        Map<String, String> form = girlsShelter();
        String shelter = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        form.put("organisation", shelter);

        String id = created(browser, form);

        assertThat(html(browser.get("/staff/directory/services/" + id, null))
                        .select("#service-organisation")
                        .text())
                .contains(shelter);
        assertThat(jdbc.sql("select kind from identity_organisation where name = :name")
                        .param("name", shelter)
                        .query(String.class)
                        .single())
                .isEqualTo("service_provider");
    }

    @Test
    void anotherOrganisationsProviderCannotChangeTheService() {
        String id = created(signedIn(providerStaff), girlsShelter());
        Api other = signedIn(api.createUser("clinic-" + UUID.randomUUID(), "SERVICE_PROVIDER"));
        Map<String, String> form = girlsShelter();
        form.put("name", "Taken over");

        Api.Response refused = other.postForm("/staff", "/staff/directory/services/" + id, form);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(found("")).containsExactly("Safe House for Girls");
    }

    @Test
    void aCaseWorkerCannotAddAService() {
        Api caseWorker = signedIn(api.createUser("ngo-" + UUID.randomUUID(), "CASE_WORKER"));

        Api.Response refused = caseWorker.postForm("/staff", "/staff/directory/services", girlsShelter());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(found("")).isEmpty();
    }
}
