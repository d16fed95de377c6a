package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** An import is checked against what HSDS 3.0 requires of the members Protego keeps, every problem named by pointer. */
class HsdsRulesTest {

    private static ObjectNode girlsShelter() {
        return (ObjectNode) HsdsExamples.json("safe-house-for-girls.json", Map.of());
    }

    private static List<String> pointersOf(JsonNode service) {
        return HsdsRules.problemsOf(service, "").stream()
                .map(FieldProblem::field)
                .toList();
    }

    @Test
    void ourExamplesHaveNoProblems() {
        assertThat(pointersOf(girlsShelter())).isEmpty();
        assertThat(pointersOf(HsdsExamples.json("with-ignored-members.json", Map.of())))
                .isEmpty();
        HsdsExamples.json("decoys.json", Map.of())
                .forEach(decoy -> assertThat(pointersOf(decoy)).isEmpty());
    }

    @Test
    void everyProblemIsNamedByItsPointer() {
        ObjectNode service = girlsShelter();
        service.put("id", "svc-1");
        service.put("status", "open");
        service.put("minimum_age", "12");
        ((ObjectNode) service.get("organization")).remove("description");
        ((ObjectNode) service.get("service_at_locations")
                        .get(0)
                        .get("location")
                        .get("addresses")
                        .get(0))
                .remove("city");
        ((ObjectNode) service.get("schedules").get(0)).put("opens_at", "8 o'clock");

        List<FieldProblem> problems = HsdsRules.problemsOf(service, "");

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "/id",
                        "/status",
                        "/minimum_age",
                        "/organization/description",
                        "/service_at_locations/0/location/addresses/0/city",
                        "/schedules/0/opens_at");
        assertThat(problems)
                .filteredOn(problem -> problem.field().equals("/organization/description"))
                .extracting(FieldProblem::code)
                .containsExactly("directory-hsds-field-required");
        assertThat(problems)
                .filteredOn(problem -> problem.field().equals("/status"))
                .extracting(FieldProblem::arguments)
                .containsExactly(List.of("/status", "active, inactive, defunct, temporarily closed"));
    }

    @Test
    void aServiceMustNameItsOrganisation() {
        ObjectNode service = girlsShelter();
        service.remove("organization");

        assertThat(pointersOf(service)).containsExactly("/organization");
    }

    @Test
    void nestedIdsMustBeUuids() {
        ObjectNode service = girlsShelter();
        ((ObjectNode) service.get("phones").get(0)).put("id", "phone-1");

        assertThat(pointersOf(service)).containsExactly("/phones/0/id");
    }

    @Test
    void urisMustBeAbsoluteAndEmailAddressesMustHaveAnAt() {
        ObjectNode service = girlsShelter();
        service.put("url", "www.amal-shelter.example");
        service.put("email", "girls at amal");

        assertThat(pointersOf(service)).containsExactlyInAnyOrder("/url", "/email");
    }

    @Test
    void anEmailAddressNeedsADomainMailCanReachAsTheHsdsSchemaDoes() {
        assertThat(HsdsRules.isEmail("girls@amal-shelter.example.org")).isTrue();
        assertThat(HsdsRules.isEmail("o'brien+intake@shelter.org.uk")).isTrue();
        assertThat(HsdsRules.isEmail("girls@amal.example"))
                .as("a reserved, made-up top-level domain")
                .isFalse();
        assertThat(HsdsRules.isEmail("girls@localhost")).isFalse();
        assertThat(HsdsRules.isEmail("girls amal@shelter.org")).isFalse();
        assertThat(HsdsRules.isEmail("girls..amal@shelter.org")).isFalse();
        assertThat(HsdsRules.isEmail("@shelter.org")).isFalse();
        assertThat(HsdsRules.isEmail("girls@")).isFalse();
    }

    @Test
    void aMinimumAgeAboveTheMaximumIsRefused() {
        ObjectNode service = girlsShelter();
        service.put("minimum_age", 18);

        assertThat(pointersOf(service)).containsExactly("/maximum_age");
    }

    @Test
    void aNullMemberCountsAsAbsent() {
        ObjectNode service = girlsShelter();
        service.putNull("alert");
        service.putNull("name");

        assertThat(pointersOf(service)).containsExactly("/name");
    }

    @Test
    void weeklyDaysAndTimesFollowICalendar() {
        ObjectNode service = girlsShelter();
        ObjectNode schedule = (ObjectNode) service.get("schedules").get(0);
        schedule.put("byday", "MO,2TU,-1FR");
        schedule.put("closes_at", "18:00:00+02:00");
        schedule.put("valid_to", "2024-02-30");

        assertThat(pointersOf(service)).containsExactly("/schedules/0/valid_to");
    }

    @Test
    void aServiceThatIsNotAnObjectIsOneProblem() {
        assertThat(HsdsRules.problemsOf(JsonNodeFactory.instance.arrayNode(), "/2"))
                .extracting(FieldProblem::field)
                .containsExactly("/2");
    }
}
