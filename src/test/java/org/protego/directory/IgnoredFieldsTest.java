package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** An import tells, member by member, what Protego did not keep. */
class IgnoredFieldsTest {

    @Test
    void membersHsdsHasAndProtegoDoesNotKeepAreNamedByPointer() {
        var service = HsdsExamples.json("with-ignored-members.json", Map.of());

        assertThat(IgnoredFields.of(service, ""))
                .containsExactly(
                        "/organization/tax_status",
                        "/organization/additional_websites",
                        "/program",
                        "/funding",
                        "/additional_urls",
                        "/metadata",
                        "/service_areas/0/extent",
                        "/service_at_locations/0/service_id",
                        "/service_at_locations/0/location/external_identifier",
                        "/service_at_locations/0/location/external_identifier_type");
    }

    @Test
    void aServiceOfOnlyKeptMembersHasNothingIgnored() {
        assertThat(IgnoredFields.of(HsdsExamples.json("safe-house-for-girls.json", Map.of()), ""))
                .isEmpty();
    }

    @Test
    void pointersStartWithTheIndexInAnArrayAndEscapeSlashes() {
        ObjectNode service = (ObjectNode) HsdsExamples.json("safe-house-for-girls.json", Map.of());
        service.put("a/b~c", 1);

        assertThat(IgnoredFields.of(service, "/4")).containsExactly("/4/a~1b~0c");
    }
}
