package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class OptionListApiTest {

    private static final String DOCUMENT_TYPES = "/api/v1/option-lists/identity-document-types";

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser caseWorker;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        caseWorker =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");
    }

    private static List<String> codesOf(JsonNode list) {
        return list.get("options")
                .valueStream()
                .map(option -> option.get("code").asString())
                .toList();
    }

    private Api.Response registerWithDocument(String type) {
        return api.postJson(
                "/api/v1/cases",
                caseWorker.token(),
                CaseFixtures.girlOf14(
                        "Mali",
                        "Documented",
                        Map.of(
                                "child",
                                Map.of(
                                        "givenName",
                                        "Mali",
                                        "sex",
                                        "female",
                                        "estimatedAge",
                                        12,
                                        "languages",
                                        List.of("th"),
                                        "identityDocuments",
                                        List.of(Map.of("type", type, "number", "X123"))))));
    }

    @Test
    void staffReadTheDocumentTypesAndLanguagesSeededForEveryCountry() {
        JsonNode documents = api.get(DOCUMENT_TYPES, caseWorker.token()).json();
        JsonNode languages =
                api.get("/api/v1/option-lists/languages", caseWorker.token()).json();

        assertThat(documents.get("country").asString()).isEqualTo("*");
        assertThat(codesOf(documents))
                .contains("passport", "national_id", "birth_certificate", "unhcr_registration", "residence_permit");
        assertThat(codesOf(languages)).contains("ar", "en", "th", "ti", "uk");
    }

    @Test
    void withoutSigningInTheListsAreNotRead() {
        assertThat(api.get(DOCUMENT_TYPES, null).status()).isEqualTo(401);
    }

    @Test
    void aRegistrationWithAnUnknownDocumentTypeIsRefused() {
        Api.Response refused = registerWithDocument("library_card");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("child.identityDocuments", "case-document-invalid");
        assertThat(registerWithDocument("passport").status()).isEqualTo(201);
    }

    @Test
    void aLanguageOffTheListIsRefused() {
        Api.Response refused = api.postJson(
                "/api/v1/cases",
                caseWorker.token(),
                CaseFixtures.girlOf14(
                        "Noi",
                        "Speaks",
                        Map.of(
                                "child",
                                Map.of(
                                        "givenName",
                                        "Noi",
                                        "sex",
                                        "female",
                                        "estimatedAge",
                                        9,
                                        "languages",
                                        List.of("qq")))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("child.languages", "case-language-invalid");
    }

    @Test
    void anAdministratorAddsADocumentTypeAndRegistrationAcceptsIt() {
        JsonNode before = api.get(DOCUMENT_TYPES, caseWorker.token()).json();
        List<Object> original = before.get("options")
                .valueStream()
                .map(option -> (Object) Api.JSON.convertValue(option, Map.class))
                .toList();
        assertThat(registerWithDocument("school_card").status()).isEqualTo(400);
        try {
            List<Object> extended = new java.util.ArrayList<>(original);
            extended.add(Map.of(
                    "code", "school_card", "label", "School card", "translations", Map.of("fr", "Carte scolaire")));

            Api.Response saved =
                    api.putJson("/api/v1/admin/option-lists/identity-document-types", api.adminToken(), extended);

            assertThat(saved.status()).isEqualTo(200);
            assertThat(codesOf(saved.json())).contains("passport", "school_card");
            assertThat(registerWithDocument("school_card").status()).isEqualTo(201);
        } finally {
            api.putJson("/api/v1/admin/option-lists/identity-document-types", api.adminToken(), original);
        }
        assertThat(registerWithDocument("school_card").status()).isEqualTo(400);
    }

    @Test
    void aCountrysOwnListAppliesToThatCountryOnly() {
        Api.Response saved = api.putJson(
                "/api/v1/admin/option-lists/identity-document-types?country=mt",
                api.adminToken(),
                List.of(
                        Map.of("code", "passport", "label", "Passport"),
                        Map.of("code", "seaman_book", "label", "Seaman's book")));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("country").asString()).isEqualTo("MT");
        assertThat(codesOf(api.get(DOCUMENT_TYPES + "?country=MT", caseWorker.token())
                        .json()))
                .containsExactly("passport", "seaman_book");
        assertThat(codesOf(api.get(DOCUMENT_TYPES, caseWorker.token()).json())).doesNotContain("seaman_book");
        assertThat(registerWithDocument("seaman_book").status()).isEqualTo(400);
    }

    @Test
    void onlyAnAdministratorChangesAList() {
        List<Map<String, String>> list = List.of(Map.of("code", "passport", "label", "Passport"));

        assertThat(api.putJson(
                                "/api/v1/admin/option-lists/identity-document-types?country=PT",
                                caseWorker.token(),
                                list)
                        .status())
                .isEqualTo(403);
        assertThat(api.putJson("/api/v1/admin/option-lists/identity-document-types?country=PT", api.adminToken(), list)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aMalformedListIsRefusedNamingEachBadOption() {
        Api.Response refused = api.putJson(
                "/api/v1/admin/option-lists/languages",
                api.adminToken(),
                List.of(Map.of("code", "en", "label", "English"), Map.of("code", "english", "label", "English")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("options[1].code", "case-option-invalid");
        assertThat(api.putJson("/api/v1/admin/option-lists/languages", api.adminToken(), List.of())
                        .status())
                .isEqualTo(400);
    }
}
