package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** A deployment that makes its directory public lets anyone read the HSDS read API, and nothing more. */
@ProtegoTest
@TestPropertySource(properties = "protego.directory.hsds-read-access=public")
class HsdsPublicReadApiTest {

    @LocalServerPort
    int port;

    @Test
    void anyoneReadsTheDirectoryWithoutAToken() {
        Api api = new Api(port);
        JsonNode girls =
                HsdsExamples.json("safe-house-for-girls.json", Map.of("Amal Shelter", "Amal " + UUID.randomUUID()));
        api.postJson("/api/v1/directory/hsds/services", api.adminToken(), girls);

        assertThat(api.get("/api/v1/directory/hsds", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/directory/hsds/services", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/directory/hsds/services/" + girls.get("id").asString(), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/directory/hsds/taxonomy_terms", null).status())
                .isEqualTo(200);
    }

    @Test
    void importingExportingAndSearchingStillNeedAToken() {
        Api api = new Api(port);

        assertThat(api.get("/api/v1/directory/hsds/export", null).status()).isEqualTo(401);
        assertThat(api.postJson(
                                "/api/v1/directory/hsds/services",
                                null,
                                HsdsExamples.json("safe-house-for-girls.json", Map.of()))
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/directory/services?age=14", null).status()).isEqualTo(401);
    }
}
