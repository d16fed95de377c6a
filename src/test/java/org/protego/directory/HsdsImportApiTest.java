package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Administrators, and service providers for their own organisation, import HSDS 3.0 services; the import keeps the
 * service's id, tells what it ignored, and makes the service findable by what fits a child.
 */
@ProtegoTest
class HsdsImportApiTest {

    static final String SERVICES = "/api/v1/directory/hsds/services";

    @LocalServerPort
    int port;

    Api api;
    String admin;
    String amal;
    Map<String, String> names;
    String town;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        admin = api.adminToken();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        amal = "Amal Shelter " + suffix;
        // A town of this test's own: other tests import the same examples into the same database.
        town = "Byblos-" + suffix;
        names = Map.of("Amal Shelter", amal, "Cedar Health", "Cedar Health " + suffix, "Byblos", town);
    }

    private ObjectNode example(String name) {
        return (ObjectNode) HsdsExamples.json(name, names);
    }

    /** The decoys, in the same town as the girls' shelter, so that only eligibility sets them apart. */
    private JsonNode decoys() {
        JsonNode decoys = HsdsExamples.json("decoys.json", names);
        for (JsonNode decoy : decoys) {
            ((ObjectNode) decoy)
                    .putArray("service_areas")
                    .addObject()
                    .put("id", UUID.randomUUID().toString())
                    .put("name", town);
        }
        return decoys;
    }

    private List<String> found(String query) {
        Api.Response response = api.get("/api/v1/directory/services?" + query, admin);
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().forEach(service -> ids.add(service.get("id").asString()));
        return ids;
    }

    @Test
    void anAdministratorImportsAServiceThatKeepsItsIdAndIsFoundByWhatFitsAChild() {
        ObjectNode girls = example("safe-house-for-girls.json");
        String id = girls.get("id").asString();

        Api.Response response = api.postJson(SERVICES, admin, girls);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("id").asString()).isEqualTo(id);
        assertThat(response.json().get("ignoredFields")).isEmpty();
        assertThat(found("age=14&sex=female&language=ar&need=shelter&area=" + town + "&openOn=MONDAY&openAt=09:00"))
                .contains(id);
        assertThat(found("age=14&sex=male&need=shelter&area=" + town)).doesNotContain(id);
        assertThat(found("age=14&sex=female&need=shelter&area=" + town + "&openOn=SATURDAY"))
                .doesNotContain(id);
    }

    @Test
    void theDecoysAreNotFoundForAFourteenYearOldArabicSpeakingGirl() {
        String girls = api.postJson(SERVICES, admin, example("safe-house-for-girls.json"))
                .json()
                .get("id")
                .asString();
        List<String> decoys = new ArrayList<>();
        for (JsonNode decoy : decoys()) {
            assertThat(api.postJson(SERVICES, admin, decoy).status()).isEqualTo(201);
            decoys.add(decoy.get("id").asString());
        }

        List<String> fitting = found("age=14&sex=female&language=ar&need=shelter&area=" + town);

        assertThat(fitting).contains(girls).doesNotContainAnyElementsOf(decoys);
        assertThat(found("age=14&language=ar&need=health&area=" + town)).contains(decoys.get(3));
    }

    @Test
    void theImportTellsWhichMembersItIgnored() {
        Api.Response response = api.postJson(SERVICES, admin, example("with-ignored-members.json"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("ignoredFields").valueStream().map(JsonNode::asString))
                .contains(
                        "/funding",
                        "/program",
                        "/additional_urls",
                        "/service_areas/0/extent",
                        "/service_at_locations/0/location/external_identifier");
    }

    @Test
    void importingTheSameIdAgainReplacesTheService() {
        ObjectNode girls = example("safe-house-for-girls.json");
        String id = girls.get("id").asString();
        api.postJson(SERVICES, admin, girls);
        girls.put("name", "Safe House for Girls and Young Women");
        girls.put("maximum_age", 21);

        Api.Response again = api.postJson(SERVICES, admin, girls);

        assertThat(again.status()).isEqualTo(200);
        JsonNode stored = api.get(SERVICES + "/" + id, admin).json();
        assertThat(stored.get("name").asString()).isEqualTo("Safe House for Girls and Young Women");
        assertThat(found("age=20&sex=female&need=shelter&area=" + town)).contains(id);
    }

    @Test
    void anInvalidServiceIsRefusedWithEveryPointerAndNothingChanges() {
        ObjectNode girls = example("safe-house-for-girls.json");
        String id = girls.get("id").asString();
        api.postJson(SERVICES, admin, girls);
        ObjectNode broken = girls.deepCopy();
        broken.put("name", "Renamed");
        broken.put("status", "open");
        ((ObjectNode) broken.get("phones").get(0)).remove("number");

        Api.Response response = api.postJson(SERVICES, admin, broken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("/status", "/phones/0/number", "directory-hsds-field-required");
        assertThat(api.get(SERVICES + "/" + id, admin).json().get("name").asString())
                .isEqualTo("Safe House for Girls");
    }

    @Test
    void aServiceProviderImportsForItsOwnOrganisation() {
        Api.StaffUser provider = api.createUser(amal, "SERVICE_PROVIDER");

        Api.Response response = api.postJson(SERVICES, provider.token(), example("safe-house-for-girls.json"));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aServiceProviderCannotImportForAnotherOrganisation() {
        Api.StaffUser other = api.createUser("Other Shelter " + UUID.randomUUID(), "SERVICE_PROVIDER");

        Api.Response response = api.postJson(SERVICES, other.token(), example("safe-house-for-girls.json"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("directory-import-for-other-organisation");
    }

    @Test
    void aServiceProviderCannotTakeOverAnotherOrganisationsServiceId() {
        ObjectNode girls = example("safe-house-for-girls.json");
        api.postJson(SERVICES, admin, girls);
        String otherName = "Other Shelter " + UUID.randomUUID();
        Api.StaffUser other = api.createUser(otherName, "SERVICE_PROVIDER");
        ObjectNode takeover = girls.deepCopy();
        ((ObjectNode) takeover.get("organization"))
                .put("name", otherName)
                .put("id", UUID.randomUUID().toString());

        assertThat(api.postJson(SERVICES, other.token(), takeover).status()).isEqualTo(403);
        assertThat(api.postJson(SERVICES, admin, takeover).status())
                .as("an administrator is told the id is taken")
                .isEqualTo(409);
    }

    @Test
    void staffWhoDoNotKeepTheDirectoryCannotImport() {
        Api.StaffUser analyst = api.createUser("hotline-" + UUID.randomUUID(), "ANALYST");

        assertThat(api.postJson(SERVICES, analyst.token(), example("safe-house-for-girls.json"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson(SERVICES, null, example("safe-house-for-girls.json"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorImportsAnArrayWholeOrNotAtAll() {
        JsonNode decoys = decoys();
        JsonNode broken = decoys.deepCopy();
        ((ObjectNode) broken.get(1)).put("status", "open");

        Api.Response refused = api.postJson("/api/v1/directory/hsds/import", admin, broken);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("/1/status");
        assertThat(api.get(SERVICES + "/" + decoys.get(0).get("id").asString(), admin)
                        .status())
                .isEqualTo(404);

        Api.Response imported = api.postJson("/api/v1/directory/hsds/import", admin, decoys);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json()).hasSize(4);
        assertThat(api.get(SERVICES + "/" + decoys.get(0).get("id").asString(), admin)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyAdministratorsImportArraysAndExport() {
        Api.StaffUser provider = api.createUser(amal, "SERVICE_PROVIDER");

        assertThat(api.postJson("/api/v1/directory/hsds/import", provider.token(), decoys())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/directory/hsds/export", provider.token()).status())
                .isEqualTo(403);
    }

    @Test
    void theExportHoldsEveryServiceFullyNested() {
        ObjectNode girls = example("safe-house-for-girls.json");
        api.postJson(SERVICES, admin, girls);

        Api.Response export = api.get("/api/v1/directory/hsds/export", admin);

        assertThat(export.status()).isEqualTo(200);
        JsonNode ours = export.json()
                .valueStream()
                .filter(service ->
                        service.get("id").asString().equals(girls.get("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(ours.get("organization").get("name").asString()).isEqualTo(amal);
        assertThat(ours.get("service_at_locations").get(0).get("location").get("addresses"))
                .hasSize(1);
        assertThat(ours.get("last_modified").asString())
                .as("an RFC 3339 date-time, seconds included")
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    void anArrayLargerThanAStaffRequestMayBeImported() {
        String large = "[" + " ".repeat(2 * 1024 * 1024) + "]";

        assertThat(api.postJson("/api/v1/directory/hsds/import", admin, large).status())
                .isEqualTo(200);
        assertThat(api.postJson(SERVICES, admin, large).status())
                .as("one service has the staff cap")
                .isEqualTo(413);
    }
}
