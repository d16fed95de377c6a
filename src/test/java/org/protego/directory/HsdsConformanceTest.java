package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What Protego exports and serves validates against HSDS 3.0's compiled JSON schemas (Open Referral's
 * {@code specification}, commit 279fd2e, 2024-05-16), kept in {@code ../shared/testdata/hsds/}. The schemas declare no
 * dialect; HSDS's OpenAPI description uses Draft 2020-12, so they are read as that, with formats (uuid, uri, email,
 * date-time) asserted. Skipped where the schemas are absent.
 */
@ProtegoTest
class HsdsConformanceTest {

    static final Path SCHEMAS = Path.of("..", "shared", "testdata", "hsds");

    static Schema service;
    static Schema organization;

    @LocalServerPort
    int port;

    Api api;
    String admin;
    Map<String, String> names;

    @BeforeAll
    static void compileSchemas() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(SCHEMAS.resolve("service.schema.json")),
                "HSDS 3.0 schemas not found in " + SCHEMAS.toAbsolutePath() + "; conformance not checked");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        service = registry.getSchema(Files.readString(SCHEMAS.resolve("service.schema.json")), InputFormat.JSON);
        organization =
                registry.getSchema(Files.readString(SCHEMAS.resolve("organization.schema.json")), InputFormat.JSON);
    }

    @BeforeEach
    void importExamples() {
        api = new Api(port);
        admin = api.adminToken();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        names = Map.of("Amal Shelter", "Amal Shelter " + suffix, "Cedar Health", "Cedar Health " + suffix);
        for (String example : List.of("safe-house-for-girls.json", "with-ignored-members.json")) {
            assertThat(api.postJson("/api/v1/directory/hsds/services", admin, HsdsExamples.text(example, names))
                            .status())
                    .isEqualTo(201);
        }
        assertThat(api.postJson("/api/v1/directory/hsds/import", admin, HsdsExamples.text("decoys.json", names))
                        .status())
                .isEqualTo(200);
    }

    private static List<String> errors(Schema schema, JsonNode json) {
        return schema
                .validate(json, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .stream()
                .map(Error::toString)
                .toList();
    }

    @Test
    void theValidatorRefusesWhatHsdsForbids() {
        var broken = (tools.jackson.databind.node.ObjectNode)
                HsdsExamples.json("safe-house-for-girls.json", names).deepCopy();
        broken.put("id", "svc-1");
        broken.put("status", "open");

        assertThat(errors(service, broken)).hasSize(2);
    }

    @Test
    void everyServiceServedValidates() {
        JsonNode girls = HsdsExamples.json("safe-house-for-girls.json", names);
        for (JsonNode item : api.get("/api/v1/directory/hsds/services?per_page=500&full=true", admin)
                .json()
                .get("contents")) {
            String id = item.get("id").asString();
            assertThat(errors(service, item)).as(id).isEmpty();
            assertThat(errors(
                            service,
                            api.get("/api/v1/directory/hsds/services/" + id, admin)
                                    .json()))
                    .as(id)
                    .isEmpty();
        }
        for (JsonNode item : api.get("/api/v1/directory/hsds/services?per_page=500", admin)
                .json()
                .get("contents")) {
            assertThat(errors(service, item)).as("one-to-one " + item.get("id")).isEmpty();
        }
        assertThat(girls.get("id")).isNotNull();
    }

    @Test
    void everyOrganisationServedValidates() {
        for (JsonNode item : api.get("/api/v1/directory/hsds/organizations?per_page=500", admin)
                .json()
                .get("contents")) {
            String id = item.get("id").asString();
            assertThat(errors(organization, item)).as(id).isEmpty();
            assertThat(errors(
                            organization,
                            api.get("/api/v1/directory/hsds/organizations/" + id, admin)
                                    .json()))
                    .as(id)
                    .isEmpty();
            assertThat(errors(
                            organization,
                            api.get("/api/v1/directory/hsds/organizations/" + id + "?full_service=true", admin)
                                    .json()))
                    .as(id)
                    .isEmpty();
        }
    }

    @Test
    void everyServiceOfTheExportValidates() {
        JsonNode export = api.get("/api/v1/directory/hsds/export", admin).json();

        assertThat(export.size()).isGreaterThanOrEqualTo(6);
        for (JsonNode item : export) {
            assertThat(errors(service, item)).as(item.get("id").asString()).isEmpty();
        }
    }
}
