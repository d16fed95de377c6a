package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A case worker finds only the active services whose eligibility fits the child, by every criterion given. */
@ProtegoTest
class DirectorySearchApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser caseWorker;
    String need;
    UUID girlsShelter;
    UUID boysShelter;
    UUID youngChildrensShelter;
    UUID shelterWithoutArabic;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUser("ngo-" + suffix, "CASE_WORKER");
        String provider = "amal-" + suffix;
        api.createUser(provider, "SERVICE_PROVIDER");
        UUID providerId = jdbc.sql("select id from identity_organisation where name = :name")
                .param("name", provider)
                .query(UUID.class)
                .single();
        // A need of this test's own, so that services other tests add never show up here.
        need = "shelter_" + suffix.replaceAll("[0-9]", "x");
        girlsShelter = DirectoryRows.insertService(
                jdbc, providerId, "Safe House for Girls", need, 12, 17, List.of("female"), List.of("ar", "fr"));
        DirectoryRows.insertOpening(jdbc, girlsShelter, 1, "08:00", "18:00");
        boysShelter = DirectoryRows.insertService(
                jdbc, providerId, "Boys' Home", need, 12, 17, List.of("male"), List.of("ar"));
        youngChildrensShelter =
                DirectoryRows.insertService(jdbc, providerId, "Little Ones", need, 0, 11, List.of(), List.of("ar"));
        shelterWithoutArabic =
                DirectoryRows.insertService(jdbc, providerId, "Open Door", need, null, null, List.of(), List.of("en"));
    }

    private List<String> found(String query) {
        Api.Response response = api.get("/api/v1/directory/services?need=" + need + query, caseWorker.token());
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode service : response.json()) {
            ids.add(service.get("id").asString());
        }
        return ids;
    }

    @Test
    void onlyTheServicesThatFitAFourteenYearOldArabicSpeakingGirlAreFound() {
        assertThat(found("&age=14&sex=female&language=ar")).containsExactly(girlsShelter.toString());
        assertThat(found("&language=ara&sex=female&age=14"))
                .as("the three-letter code names the same language")
                .containsExactly(girlsShelter.toString());
    }

    @Test
    void eachCriterionLeftOutWidensTheSearch() {
        assertThat(found("&age=14"))
                .containsExactlyInAnyOrder(
                        girlsShelter.toString(), boysShelter.toString(), shelterWithoutArabic.toString());
        assertThat(found("&sex=unknown"))
                .as("a child whose sex is not known fits only services open to every sex")
                .containsExactlyInAnyOrder(youngChildrensShelter.toString(), shelterWithoutArabic.toString());
        assertThat(found("")).hasSize(4);
    }

    @Test
    void aServiceIsFoundOnlyWhenItIsOpenAtTheTimeAsked() {
        assertThat(found("&openOn=MONDAY&openAt=09:30")).containsExactly(girlsShelter.toString());
        assertThat(found("&openOn=MONDAY&openAt=19:00")).isEmpty();
        assertThat(found("&openOn=TUESDAY")).isEmpty();
    }

    @Test
    void anInactiveServiceIsNotFound() {
        jdbc.sql("update directory_service set status = 'inactive' where id = :id")
                .param("id", girlsShelter)
                .update();

        assertThat(found("&age=14&sex=female&language=ar")).isEmpty();
    }

    @Test
    void aCriterionThatIsNotValidIsRefusedWithTheFieldNamed() {
        Api.Response response = api.get("/api/v1/directory/services?sex=girl&age=300", caseWorker.token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("directory-search-criterion-invalid", "sex", "age");
    }

    @Test
    void staffWhoDoNotReferChildrenCannotSearch() {
        Api.StaffUser analyst = api.createUser("hotline-" + UUID.randomUUID(), "ANALYST");

        assertThat(api.get("/api/v1/directory/services?need=" + need, analyst.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/directory/services?need=" + need, null).status())
                .isEqualTo(401);
    }
}
