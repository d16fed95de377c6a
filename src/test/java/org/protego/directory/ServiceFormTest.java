package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider's service form makes an HSDS 3.0 service, keeps what it does not show, and refuses what is wrong. */
class ServiceFormTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNode AMAL = JSON.readTree("""
            {"id":"6b1f2c1e-0000-4000-8000-000000000001","name":"Amal Shelter","description":"Shelters for children"}""");

    final Supplier<UUID> ids = UUID::randomUUID;

    private static Map<String, String> girlsShelter() {
        Map<String, String> form = new HashMap<>();
        form.put("name", "Safe House for Girls");
        form.put("description", "A safe place to stay.");
        form.put("status", "active");
        form.put("minimumAge", "12");
        form.put("maximumAge", "17");
        form.put("sex", "female");
        form.put("languages", "ar, fra");
        form.put("need.shelter", "true");
        form.put("need.psychosocial", "true");
        form.put("areas", "Amman\nZarqa\n");
        form.put("location.0.id", "");
        form.put("location.0.name", "Main house");
        form.put("location.0.address1", "12 Rainbow Street");
        form.put("location.0.city", "Amman");
        form.put("location.0.stateProvince", "Amman Governorate");
        form.put("location.0.postal", "11181");
        form.put("location.0.country", "jo");
        form.put("location.0.phone", "+962 6 000 0000");
        form.put("location.0.hours.0.day.MO", "true");
        form.put("location.0.hours.0.day.TU", "true");
        form.put("location.0.hours.0.opens", "08:00");
        form.put("location.0.hours.0.closes", "18:00");
        form.put("location.1.id", "");
        form.put("location.1.name", "");
        form.put("contact.name", "Rania");
        form.put("contact.email", "rania@amal-shelter.example.org");
        form.put("contact.phone", "+962 6 000 0001");
        return form;
    }

    private static StoredService stored(JsonNode document, List<String> sexes, List<String> needs) {
        return new StoredService(
                UUID.fromString(document.path("id").asString()),
                UUID.randomUUID(),
                "Amal Shelter",
                document.path("status").asString(),
                document.path("name").asString(),
                sexes,
                List.of("ar", "fr"),
                needs,
                document,
                AMAL);
    }

    private static List<String> problemFields(Runnable building) {
        try {
            building.run();
        } catch (InvalidRequestException refused) {
            return refused.problems().stream().map(FieldProblem::field).toList();
        }
        throw new AssertionError("the form was not refused");
    }

    @Test
    void aNewServiceBecomesAnHsdsServiceWithItsOrganisationLocationHoursAndContact() {
        JsonNode service = ServiceForm.documentFrom(girlsShelter(), null, AMAL, ids);

        assertThat(UUID.fromString(service.get("id").asString())).isNotNull();
        assertThat(service.get("name").asString()).isEqualTo("Safe House for Girls");
        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("minimum_age").asInt()).isEqualTo(12);
        assertThat(service.get("maximum_age").asInt()).isEqualTo(17);
        assertThat(service.get("organization").get("name").asString()).isEqualTo("Amal Shelter");
        assertThat(service.get("organization_id").asString())
                .isEqualTo(AMAL.get("id").asString());
        assertThat(service.get("languages").findValuesAsString("code")).containsExactly("ar", "fr");
        assertThat(service.get("service_areas").findValuesAsString("name")).containsExactly("Amman", "Zarqa");

        JsonNode atLocation = service.get("service_at_locations").get(0);
        assertThat(service.get("service_at_locations"))
                .as("the empty location group is left out")
                .hasSize(1);
        JsonNode address = atLocation.get("location").get("addresses").get(0);
        assertThat(atLocation.get("location").get("location_type").asString()).isEqualTo("physical");
        assertThat(address.get("address_1").asString()).isEqualTo("12 Rainbow Street");
        assertThat(address.get("country").asString()).isEqualTo("JO");
        assertThat(address.get("address_type").asString()).isEqualTo("physical");
        assertThat(atLocation.get("location").get("phones").get(0).get("number").asString())
                .isEqualTo("+962 6 000 0000");
        JsonNode schedule = atLocation.get("schedules").get(0);
        assertThat(schedule.get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(schedule.get("byday").asString()).isEqualTo("MO,TU");
        assertThat(schedule.get("opens_at").asString()).isEqualTo("08:00");
        assertThat(schedule.get("closes_at").asString()).isEqualTo("18:00");

        JsonNode contact = service.get("contacts").get(0);
        assertThat(contact.get("name").asString()).isEqualTo("Rania");
        assertThat(contact.get("phones").get(0).get("number").asString()).isEqualTo("+962 6 000 0001");
    }

    @Test
    void referralTypesAndSexAreTermsOfProtegosTaxonomies() {
        JsonNode service = ServiceForm.documentFrom(girlsShelter(), null, AMAL, ids);

        assertThat(service.get("attributes"))
                .extracting(attribute -> attribute.get("link_type").asString()
                        + " " + attribute.get("taxonomy_term").get("taxonomy").asString()
                        + " " + attribute.get("taxonomy_term").get("code").asString())
                .containsExactly(
                        "service_type protego-referral-types psychosocial",
                        "service_type protego-referral-types shelter",
                        "eligibility protego-eligibility female");
        JsonNode shelter = service.get("attributes").get(1);
        assertThat(shelter.get("taxonomy_term_id").asString())
                .isEqualTo(shelter.get("taxonomy_term").get("id").asString())
                .isEqualTo(
                        ProtegoTerms.termId("protego-referral-types", "shelter").toString());
        assertThat(shelter.get("link_id").asString())
                .isEqualTo(service.get("id").asString());
        assertThat(shelter.get("taxonomy_term").get("name").asString()).isNotBlank();
        assertThat(shelter.get("taxonomy_term").get("description").asString()).isNotBlank();
    }

    @Test
    void aServiceOpenToEverySexHasNoEligibilityTerm() {
        Map<String, String> form = girlsShelter();
        form.put("sex", "any");

        JsonNode service = ServiceForm.documentFrom(form, null, AMAL, ids);

        assertThat(service.get("attributes").findValuesAsString("taxonomy")).doesNotContain("protego-eligibility");
    }

    @Test
    void theFormShowsTheServiceAsItIsStoredAndSavesItBackUnchanged() {
        JsonNode saved = ServiceForm.documentFrom(girlsShelter(), null, AMAL, ids);
        StoredService stored = stored(saved, List.of("female"), List.of("psychosocial", "shelter"));

        Map<String, String> values = ServiceForm.valuesOf(stored);

        assertThat(values)
                .containsEntry("name", "Safe House for Girls")
                .containsEntry("minimumAge", "12")
                .containsEntry("sex", "female")
                .containsEntry("languages", "ar, fr")
                .containsEntry("need.shelter", "true")
                .containsEntry("areas", "Amman\nZarqa")
                .containsEntry("location.0.city", "Amman")
                .containsEntry("location.0.hours.0.day.MO", "true")
                .containsEntry("location.0.hours.0.opens", "08:00")
                .containsEntry("contact.email", "rania@amal-shelter.example.org");
        assertThat(ServiceForm.locationRows(values)).isEqualTo(2);
        assertThat(ServiceForm.hourRows(values, 0)).isEqualTo(3);
        assertThat(ServiceForm.documentFrom(values, stored, AMAL, () -> {
                    throw new AssertionError("nothing new needs an id");
                }))
                .isEqualTo(saved);
    }

    @Test
    void whatTheFormDoesNotShowIsKeptAndEachItemKeepsItsId() {
        JsonNode imported = JSON.readTree("""
                {"id":"2f7e1d4a-1111-4000-8000-000000000001","name":"Clinic","status":"active",
                 "fees_description":"Free","funding":[{"id":"2f7e1d4a-1111-4000-8000-000000000002","source":"State"}],
                 "languages":[{"id":"2f7e1d4a-1111-4000-8000-000000000003","name":"Arabic","code":"ara"}],
                 "attributes":[{"id":"2f7e1d4a-1111-4000-8000-000000000004","link_type":"audience",
                   "taxonomy_term":{"id":"2f7e1d4a-1111-4000-8000-000000000005","name":"Youth","description":"Young people",
                   "taxonomy":"other-taxonomy","code":"youth"}}],
                 "service_at_locations":[{"id":"2f7e1d4a-1111-4000-8000-000000000006",
                   "schedules":[{"id":"2f7e1d4a-1111-4000-8000-000000000007","freq":"MONTHLY","byday":"1MO",
                                 "opens_at":"10:00","closes_at":"12:00"},
                                {"id":"2f7e1d4a-1111-4000-8000-000000000008","freq":"WEEKLY","byday":"WE",
                                 "opens_at":"09:00Z","closes_at":"17:00Z","description":"Walk in"}],
                   "location":{"id":"2f7e1d4a-1111-4000-8000-000000000009","location_type":"physical",
                     "accessibility":[{"id":"2f7e1d4a-1111-4000-8000-00000000000a","description":"Ramp"}],
                     "addresses":[{"id":"2f7e1d4a-1111-4000-8000-00000000000b","address_1":"1 Road","city":"Irbid",
                       "state_province":"Irbid","postal_code":"21110","country":"JO","address_type":"physical"}]}}]}""");
        StoredService stored = stored(imported, List.of(), List.of());
        Map<String, String> form = ServiceForm.valuesOf(stored);
        form.put("languages", "ar");
        form.put("need.health", "true");
        form.put("location.0.hours.0.closes", "16:00");

        JsonNode saved = ServiceForm.documentFrom(form, stored, AMAL, ids);

        assertThat(saved.get("fees_description").asString()).isEqualTo("Free");
        assertThat(saved.get("funding")).isEqualTo(imported.get("funding"));
        assertThat(saved.get("languages")).isEqualTo(imported.get("languages"));
        assertThat(saved.get("attributes").get(0))
                .isEqualTo(imported.get("attributes").get(0));
        assertThat(saved.get("attributes")
                        .get(1)
                        .get("taxonomy_term")
                        .get("code")
                        .asString())
                .isEqualTo("health");
        JsonNode atLocation = saved.get("service_at_locations").get(0);
        assertThat(atLocation.get("id")).isEqualTo(imported.at("/service_at_locations/0/id"));
        assertThat(atLocation.get("location").get("accessibility"))
                .isEqualTo(imported.at("/service_at_locations/0/location/accessibility"));
        assertThat(atLocation.get("schedules").get(0))
                .as("a monthly schedule, which the rows cannot show, is kept")
                .isEqualTo(imported.at("/service_at_locations/0/schedules/0"));
        JsonNode weekly = atLocation.get("schedules").get(1);
        assertThat(weekly.get("id").asString()).isEqualTo("2f7e1d4a-1111-4000-8000-000000000008");
        assertThat(weekly.get("description").asString()).isEqualTo("Walk in");
        assertThat(weekly.get("opens_at").asString())
                .as("an unchanged time keeps its offset")
                .isEqualTo("09:00Z");
        assertThat(weekly.get("closes_at").asString()).isEqualTo("16:00");
    }

    @Test
    void aLocationMarkedForRemovalIsRemoved() {
        JsonNode saved = ServiceForm.documentFrom(girlsShelter(), null, AMAL, ids);
        StoredService stored = stored(saved, List.of("female"), List.of("shelter"));
        Map<String, String> form = ServiceForm.valuesOf(stored);
        form.put("location.0.remove", "true");

        assertThat(ServiceForm.documentFrom(form, stored, AMAL, ids).get("service_at_locations"))
                .isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        Map<String, String> form = girlsShelter();
        form.put("name", " ");
        form.put("status", "open");
        form.put("minimumAge", "18");
        form.put("languages", "ar, arabic1");
        form.put("sex", "girl");
        form.put("need.cooking", "true");
        form.put("location.0.postal", "");
        form.put("location.0.country", "Jordan");
        form.put("location.0.hours.0.closes", "07:00");
        form.put("contact.email", "rania");

        assertThat(problemFields(() -> ServiceForm.documentFrom(form, null, AMAL, ids)))
                .containsExactlyInAnyOrder(
                        "name",
                        "status",
                        "minimumAge",
                        "languages",
                        "sex",
                        "needs",
                        "location.0.address1",
                        "location.0.country",
                        "location.0.hours.0.opens",
                        "contact.email");
    }

    @Test
    void aServiceWithoutAnOrganisationIsRefusedWithItsOtherProblems() {
        Map<String, String> form = girlsShelter();
        form.put("name", "");

        assertThat(problemFields(() -> ServiceForm.documentFrom(form, null, null, ids)))
                .containsExactlyInAnyOrder("organisation", "name");
    }

    @Test
    void openingHoursNeedADay() {
        Map<String, String> form = girlsShelter();
        form.remove("location.0.hours.0.day.MO");
        form.remove("location.0.hours.0.day.TU");

        assertThatThrownBy(() -> ServiceForm.documentFrom(form, null, AMAL, ids))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(refused -> assertThat(((InvalidRequestException) refused).problems())
                        .extracting(FieldProblem::code)
                        .containsExactly("directory-service-opening-invalid"));
    }
}
