package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProtegoTest
class AdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAUserAndItsOrganisationAndAnswersItsIdAndTotpSecret() {
        String organisation = "child-protection-" + UUID.randomUUID();
        var created = new Api(port)
                .postJson(
                        "/api/v1/admin/users",
                        Api.BOOTSTRAP_TOKEN,
                        Map.of(
                                "username",
                                "worker-" + UUID.randomUUID().toString().substring(0, 8),
                                "password",
                                "a long enough password",
                                "roles",
                                List.of("CASE_WORKER", "SUPERVISOR"),
                                "organisation",
                                organisation));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asString()).isNotBlank();
        assertThat(created.json().get("totpSecret").asString()).matches("[A-Z2-7]{32}");
        assertThat(new Api(port)
                        .get("/api/v1/admin/organisations", Api.BOOTSTRAP_TOKEN)
                        .body())
                .contains(organisation);
    }

    @Test
    void issuedTokenActsAsTheUserAndIsStoredOnlyAsAHash() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");

        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
        int plain = jdbc.sql("select count(*) from identity_api_token where token_hash = :t")
                .param("t", analyst.token())
                .query(Integer.class)
                .single();
        assertThat(plain).isZero();
    }

    @Test
    void passwordsAreHashedWithArgon2() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");

        String hash = jdbc.sql("select password_hash from identity_user where username = :u")
                .param("u", analyst.username())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(analyst.password());
    }

    @Test
    void invalidUserIsRefusedNamingEachField() {
        var refused = new Api(port)
                .postJson(
                        "/api/v1/admin/users",
                        Api.BOOTSTRAP_TOKEN,
                        Map.of("username", "X", "password", "short", "roles", List.of(), "organisation", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("username", "password", "roles", "organisation");
    }

    @Test
    void unknownRoleIsRefused() {
        var refused = new Api(port)
                .postJson(
                        "/api/v1/admin/users",
                        Api.BOOTSTRAP_TOKEN,
                        Map.of(
                                "username",
                                "someone",
                                "password",
                                "a long enough password",
                                "roles",
                                List.of("KING"),
                                "organisation",
                                "x"));

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void takenUserNameIsAConflict() {
        var api = new Api(port);
        var existing = api.createUser("hotline", "ANALYST");

        var refused = api.postJson(
                "/api/v1/admin/users",
                Api.BOOTSTRAP_TOKEN,
                Map.of(
                        "username",
                        existing.username(),
                        "password",
                        "a long enough password",
                        "roles",
                        List.of("ANALYST"),
                        "organisation",
                        "hotline"));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void nonAdministratorCannotCreateUsers() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");

        var refused = api.postJson(
                "/api/v1/admin/users",
                analyst.token(),
                Map.of(
                        "username",
                        "sneaky",
                        "password",
                        "a long enough password",
                        "roles",
                        List.of("ADMIN"),
                        "organisation",
                        "hotline"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void administratorPagesNeedTheAdministratorRole() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        var admin = api.createUser("hotline", "ADMIN");
        var analystBrowser = new Api(port);
        var adminBrowser = new Api(port);
        analystBrowser.signIn(analyst);
        adminBrowser.signIn(admin);

        assertThat(analystBrowser.get("/admin/users", null).status()).isEqualTo(403);
        assertThat(adminBrowser.get("/admin/users", null).status()).isEqualTo(200);
    }
}
