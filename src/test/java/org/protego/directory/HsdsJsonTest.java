package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What Protego keeps of an HSDS service comes back out unchanged. */
class HsdsJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aServiceOfOnlyKeptMembersComesBackAsItWent() {
        JsonNode given = HsdsExamples.json("safe-house-for-girls.json", Map.of());

        JsonNode written = JSON.readTree(HsdsJson.text(HsdsJson.service(given)));

        assertThat(withoutEmptyLists(written)).isEqualTo(withoutEmptyLists(given));
    }

    @Test
    void theRecordsHaveExactlyTheMembersTheShapesKeep() {
        assertSameMembers(HsdsService.class, HsdsShapes.SERVICE);
        assertSameMembers(HsdsService.Organization.class, HsdsShapes.ORGANIZATION);
        assertSameMembers(HsdsService.ServiceAtLocation.class, HsdsShapes.SERVICE_AT_LOCATION);
        assertSameMembers(HsdsService.Location.class, HsdsShapes.LOCATION);
        assertSameMembers(HsdsService.Address.class, HsdsShapes.ADDRESS);
        assertSameMembers(HsdsService.Accessibility.class, HsdsShapes.ACCESSIBILITY);
        assertSameMembers(HsdsService.Phone.class, HsdsShapes.PHONE);
        assertSameMembers(HsdsService.Schedule.class, HsdsShapes.SCHEDULE);
        assertSameMembers(HsdsService.Language.class, HsdsShapes.LANGUAGE);
        assertSameMembers(HsdsService.ServiceArea.class, HsdsShapes.SERVICE_AREA);
        assertSameMembers(HsdsService.Contact.class, HsdsShapes.CONTACT);
        assertSameMembers(HsdsService.Attribute.class, HsdsShapes.ATTRIBUTE);
        assertSameMembers(HsdsService.TaxonomyTerm.class, HsdsShapes.TAXONOMY_TERM);
        assertSameMembers(HsdsService.TaxonomyDetail.class, HsdsShapes.TAXONOMY_DETAIL);
    }

    private static void assertSameMembers(Class<? extends Record> type, HsdsShape shape) {
        var names = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .map(name -> name.matches("address[12]")
                        ? "address_" + name.charAt(7)
                        : name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT))
                .toList();
        assertThat(names)
                .as(shape.name())
                .containsExactlyInAnyOrderElementsOf(shape.members().keySet());
    }

    // Protego writes every list, empty or not; the example leaves some out.
    private static JsonNode withoutEmptyLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                if (object.get(name).isArray() && object.get(name).isEmpty()) {
                    object.remove(name);
                } else {
                    withoutEmptyLists(object.get(name));
                }
            }
        } else if (node.isArray()) {
            node.forEach(HsdsJsonTest::withoutEmptyLists);
        }
        return node;
    }
}
