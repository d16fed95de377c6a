package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Other directories read Protego's through HSDS 3.0's read API, with a token of any staff role by default. */
@ProtegoTest
class HsdsReadApiTest {

    static final String HSDS = "/api/v1/directory/hsds";
    static final String SHELTER_TERM = "7a0e6001-0000-4000-8000-000000000003";

    @LocalServerPort
    int port;

    Api api;
    String reader;
    String suffix;
    ObjectNode girls;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        girls = (ObjectNode) HsdsExamples.json("safe-house-for-girls.json", Map.of("Amal Shelter", "Amal " + suffix));
        girls.put("name", "Safe House " + suffix);
        assertThat(api.postJson(HSDS + "/services", api.adminToken(), girls).status())
                .isEqualTo(201);
        reader = api.createUser("hotline-" + suffix, "ANALYST").token();
    }

    @Test
    void theRootSaysWhichHsdsVersionItFollows() {
        JsonNode about = api.get(HSDS, reader).json();

        assertThat(about.get("version").asString()).isEqualTo("3.0");
        assertThat(about.get("openapi_url").asString()).startsWith("https://");
        assertThat(api.get(HSDS + "/", reader).status()).isEqualTo(200);
    }

    @Test
    void aServiceIsServedFullyNested() {
        JsonNode service = api.get(HSDS + "/services/" + girls.get("id").asString(), reader)
                .json();

        assertThat(service.get("organization").get("name").asString()).isEqualTo("Amal " + suffix);
        assertThat(service.get("organization_id").asString())
                .isEqualTo(girls.get("organization").get("id").asString());
        assertThat(service.get("schedules").get(0).get("byday").asString()).isEqualTo("MO,TU,WE,TH,FR");
    }

    @Test
    void anUnknownServiceIsAProblem() {
        Api.Response response = api.get(HSDS + "/services/" + UUID.randomUUID(), reader);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("directory-service-not-found");
    }

    @Test
    void theListIsAPageOfOneToOneFieldsUnlessFullIsAsked() {
        JsonNode page = api.get(HSDS + "/services?search=" + suffix + "&per_page=1", reader)
                .json();

        assertThat(page.get("total_items").asInt()).isEqualTo(1);
        assertThat(page.get("total_pages").asInt()).isEqualTo(1);
        assertThat(page.get("page_number").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(1);
        assertThat(page.get("first_page").asBoolean()).isTrue();
        assertThat(page.get("last_page").asBoolean()).isTrue();
        assertThat(page.get("empty").asBoolean()).isFalse();
        JsonNode item = page.get("contents").get(0);
        assertThat(item.get("name").asString()).isEqualTo("Safe House " + suffix);
        assertThat(item.has("phones")).isFalse();
        assertThat(item.has("organization")).isFalse();

        JsonNode full = api.get(HSDS + "/services?search=" + suffix + "&full=true", reader)
                .json();
        assertThat(full.get("contents").get(0).get("phones")).hasSize(1);
    }

    @Test
    void theListFiltersByTaxonomyTermAndOrganisation() {
        String organization = girls.get("organization").get("id").asString();

        assertThat(api.get(
                                HSDS + "/services?organization_id=" + organization + "&taxonomy_term_id="
                                        + SHELTER_TERM,
                                reader)
                        .json()
                        .get("total_items")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get(
                                HSDS + "/services?organization_id=" + organization
                                        + "&taxonomy_term_id=7a0e6001-0000-4000-8000-000000000001",
                                reader)
                        .json()
                        .get("empty")
                        .asBoolean())
                .as("the shelter is no health service")
                .isTrue();
    }

    @Test
    void anOrganisationIsServedWithItsServices() {
        String organization = girls.get("organization").get("id").asString();

        JsonNode served =
                api.get(HSDS + "/organizations/" + organization, reader).json();

        assertThat(served.get("name").asString()).isEqualTo("Amal " + suffix);
        assertThat(served.get("services").get(0).get("id").asString())
                .isEqualTo(girls.get("id").asString());
        assertThat(served.get("services").get(0).has("phones")).isFalse();
        assertThat(api.get(HSDS + "/organizations/" + organization + "?full_service=true", reader)
                        .json()
                        .get("services")
                        .get(0)
                        .get("phones"))
                .hasSize(1);
        assertThat(api.get(HSDS + "/organizations?search=" + suffix, reader)
                        .json()
                        .get("total_items")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get(HSDS + "/organizations/" + UUID.randomUUID(), reader).status())
                .isEqualTo(404);
    }

    @Test
    void protegosTaxonomiesAndTermsAreServed() {
        JsonNode taxonomies = api.get(HSDS + "/taxonomies", reader).json();
        JsonNode referralTypes = api.get(
                        HSDS + "/taxonomy_terms?taxonomy_id=7a0e6001-0000-4000-8000-000000000000", reader)
                .json();

        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(3);
        assertThat(referralTypes
                        .get("contents")
                        .valueStream()
                        .map(term -> term.get("code").asString()))
                .containsExactly(
                        "health",
                        "psychosocial",
                        "shelter",
                        "legal_aid",
                        "education",
                        "family_tracing",
                        "repatriation_support",
                        "other");
    }

    @Test
    void theTaxonomiesServedAreTheOnesTheImportRecognises() {
        JsonNode terms =
                api.get(HSDS + "/taxonomy_terms?per_page=500", reader).json().get("contents");

        for (ProtegoTaxonomies.Taxonomy taxonomy : ProtegoTaxonomies.ALL) {
            for (ProtegoTaxonomies.Term term : taxonomy.terms()) {
                assertThat(terms.valueStream()
                                .filter(served -> served.get("id")
                                        .asString()
                                        .equals(term.id().toString()))
                                .map(served -> served.get("taxonomy").asString() + "/"
                                        + served.get("code").asString()))
                        .containsExactly(taxonomy.name() + "/" + term.code());
            }
        }
    }

    @Test
    void aPageOutOfRangeIsRefused() {
        Api.Response response = api.get(HSDS + "/services?per_page=501&page=0", reader);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("per_page", "page", "directory-hsds-parameter-invalid");
    }

    @Test
    void withoutATokenNothingIsReadByDefault() {
        assertThat(api.get(HSDS + "/services", null).status()).isEqualTo(401);
        assertThat(api.get(HSDS + "/services/" + girls.get("id").asString(), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.get(HSDS, null).status()).isEqualTo(401);
    }
}
