package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protego.identity.AdminApiTest.fields;
import static org.protego.identity.AdminApiTest.uniqueName;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Teams through the administrator API: a staff user belongs to at most one team within their organisation. */
@ProtegoTest
class AdminTeamApiTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void aUserIsCreatedInATeamTrimmedAndTheTeamIsShownWithTheUser() {
        var created = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of(
                        "username",
                        uniqueName("teamed"),
                        "roles",
                        List.of("CASE_WORKER"),
                        "organisation",
                        "hotline",
                        "team",
                        "  North east "));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("team").asString()).isEqualTo("North east");
        String id = created.json().get("id").asString();
        assertThat(teamOf(id)).isEqualTo("North east");
        assertThat(api.get("/api/v1/audit/entries?subjectId=" + id, api.adminToken())
                        .body())
                .contains("team=North east");
    }

    @Test
    void aUserCreatedWithoutATeamBelongsToNone() {
        var worker = api.createUser("hotline", "CASE_WORKER");

        assertThat(api.get("/api/v1/admin/users/" + worker.id(), api.adminToken())
                        .json()
                        .get("team")
                        .isNull())
                .isTrue();
    }

    @Test
    void administratorMovesAUserToAnotherTeamAndTheChangeIsAudited() {
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");

        var changed =
                api.putJson("/api/v1/admin/users/" + worker.id() + "/team", api.adminToken(), Map.of("team", "South"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("team").asString()).isEqualTo("South");
        assertThat(changed.json().get("username").asString()).isEqualTo(worker.username());
        assertThat(teamOf(worker.id())).isEqualTo("South");
        var entries = api.get("/api/v1/audit/entries?subjectId=" + worker.id(), api.adminToken())
                .json();
        assertThat(entries.get(0).get("action").asString()).isEqualTo("user.team-changed");
        assertThat(entries.get(0).get("detail").asString()).isEqualTo("team=South was=North");
    }

    @Test
    void aNullTeamTakesTheUserOutOfTheirTeam() {
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");

        var cleared = api.putJson(
                "/api/v1/admin/users/" + worker.id() + "/team",
                api.adminToken(),
                Collections.singletonMap("team", null));

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("team").isNull()).isTrue();
    }

    @Test
    void anInvalidTeamIsRefusedAndTheUserKeepsTheirTeam() {
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");

        var refused = api.putJson(
                "/api/v1/admin/users/" + worker.id() + "/team", api.adminToken(), Map.of("team", "north/south"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("team");
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("team-invalid");
        assertThat(teamOf(worker.id())).isEqualTo("North");
    }

    @Test
    void aTooLongTeamRefusesTheNewUserAndNoUserIsCreated() {
        String username = uniqueName("longteam");

        var refused = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of(
                        "username",
                        username,
                        "roles",
                        List.of("CASE_WORKER"),
                        "organisation",
                        "hotline",
                        "team",
                        "t".repeat(81)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("team");
        assertThat(api.get("/api/v1/admin/users", api.adminToken()).body()).doesNotContain(username);
    }

    @Test
    void theTeamOfAnUnknownUserIsNotFound() {
        var refused = api.putJson(
                "/api/v1/admin/users/00000000-0000-0000-0000-000000000000/team",
                api.adminToken(),
                Map.of("team", "North"));

        assertThat(refused.status()).isEqualTo(404);
    }

    @Test
    void aSupervisorCannotChangeATeamAndTheTeamStays() {
        var supervisor = api.createUserInTeam("hotline", "North", "SUPERVISOR");
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");

        var refused = api.putJson(
                "/api/v1/admin/users/" + worker.id() + "/team", supervisor.token(), Map.of("team", "South"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(teamOf(worker.id())).isEqualTo("North");
    }

    private String teamOf(String userId) {
        return api.get("/api/v1/admin/users/" + userId, api.adminToken())
                .json()
                .get("team")
                .asString();
    }
}
