package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Teams on the administrator's user pages: chosen when a user is created, shown in the table, changed per user. */
@ProtegoTest
class AdminTeamPageTest {

    @LocalServerPort
    int port;

    Api api;
    Api adminBrowser;

    @BeforeEach
    void signInAnAdministrator() {
        api = new Api(port);
        adminBrowser = new Api(port);
        adminBrowser.signIn(api.createUser("hotline", "ADMIN"));
    }

    @Test
    void administratorCreatesAUserInATeamAndTheTableShowsIt() {
        String username = "teamed-" + UUID.randomUUID().toString().substring(0, 8);
        String team = "Team " + UUID.randomUUID().toString().substring(0, 8);

        var page = adminBrowser.postForm(
                "/admin/users",
                "/admin/users",
                Map.of("username", username, "organisation", "hotline", "roles", "CASE_WORKER", "team", team));

        assertThat(page.status()).isEqualTo(200);
        assertThat(adminBrowser.get("/admin/users", null).body()).contains(">" + team + "<");
    }

    @Test
    void administratorChangesTheTeamOnTheUsersPage() {
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");
        String userPage = "/admin/users/" + worker.id();

        var saved = adminBrowser.postForm(userPage, userPage + "/team", Map.of("team", "South"));

        assertThat(saved.header("Location")).endsWith(userPage + "?teamChanged");
        assertThat(adminBrowser.get(userPage, null).body())
                .contains("id=\"team\"")
                .contains("value=\"South\"");
    }

    @Test
    void anInvalidTeamReturnsToTheUsersPageWithTheReasonAndTheTeamUnchanged() {
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");
        String userPage = "/admin/users/" + worker.id();

        var refused = adminBrowser.postForm(userPage, userPage + "/team", Map.of("team", "<North>"));

        assertThat(refused.header("Location")).endsWith(userPage);
        assertThat(adminBrowser.get(userPage, null).body())
                .contains("id=\"team-error\"")
                .contains("1 to 80 letters, digits, spaces, dashes or underscores.");
        assertThat(api.get("/api/v1/admin/users/" + worker.id(), api.adminToken())
                        .json()
                        .get("team")
                        .asString())
                .isEqualTo("North");
    }

    @Test
    void aSupervisorCannotChangeATeamOnThePages() {
        var worker = api.createUserInTeam("hotline", "North", "CASE_WORKER");
        var supervisorBrowser = new Api(port);
        supervisorBrowser.signIn(api.createUserInTeam("hotline", "North", "SUPERVISOR"));

        var refused = supervisorBrowser.postForm(
                "/staff/account", "/admin/users/" + worker.id() + "/team", Map.of("team", "South"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/users/" + worker.id(), api.adminToken())
                        .json()
                        .get("team")
                        .asString())
                .isEqualTo("North");
    }
}
