package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class AdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void createsAUserAndItsOrganisationAndAnswersAOneTimeEnrolmentCodeButNoSecret() {
        String organisation = "child-protection-" + UUID.randomUUID();
        var created = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of(
                        "username",
                        uniqueName("worker"),
                        "roles",
                        List.of("CASE_WORKER", "SUPERVISOR"),
                        "organisation",
                        organisation));

        assertThat(created.status()).isEqualTo(201);
        JsonNode answer = created.json();
        assertThat(answer.get("id").asString()).isNotBlank();
        assertThat(answer.get("enrolmentCode").asString()).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){4}");
        assertThat(Instant.parse(answer.get("enrolmentExpiresAt").asString()))
                .isCloseTo(Instant.now().plus(Duration.ofHours(72)), within(1, ChronoUnit.MINUTES));
        assertThat(answer.has("totpSecret")).isFalse();
        assertThat(answer.has("password")).isFalse();
        assertThat(api.get("/api/v1/admin/organisations", api.adminToken()).body())
                .contains(organisation);
    }

    @Test
    void aPasswordInTheRequestIsRefusedAndNoUserIsCreated() {
        String username = uniqueName("preset");
        var refused = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of(
                        "username",
                        username,
                        "password",
                        "a long enough password",
                        "roles",
                        List.of("ANALYST"),
                        "organisation",
                        "hotline"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("password");
        assertThat(api.get("/api/v1/admin/users", api.adminToken()).body()).doesNotContain(username);
    }

    @Test
    void enrolmentCodeIsStoredOnlyAsAHash() {
        var created = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", uniqueName("hashed"), "roles", List.of("ANALYST"), "organisation", "hotline"));
        String code = created.json().get("enrolmentCode").asString();

        List<String> stored = jdbc.sql("select code_hash from identity_enrolment where user_id = :id")
                .param("id", UUID.fromString(created.json().get("id").asString()))
                .query(String.class)
                .list();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).doesNotContain(code).doesNotContain(code.replace("-", ""));
    }

    @Test
    void issuedTokenActsAsTheUserAndIsStoredOnlyAsAHash() {
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
        var analyst = api.createUser("hotline", "ANALYST");

        String hash = jdbc.sql("select password_hash from identity_user where username = :u")
                .param("u", analyst.username())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain(analyst.password());
    }

    @Test
    void invalidUserIsRefusedNamingEachField() {
        var refused = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", "X", "roles", List.of(), "organisation", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("username", "roles", "organisation");
    }

    @Test
    void unknownRoleIsRefusedNamingTheAllowedRoles() {
        var refused = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", uniqueName("king"), "roles", List.of("ANALYST", "KING"), "organisation", "hotline"));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("roles");
        assertThat(error.get("code").asString()).isEqualTo("roles.unknown");
        assertThat(error.get("detail").asString()).contains("KING").contains("ANALYST", "ADMIN", "INDUSTRY", "MONITOR");
    }

    @Test
    void unknownRoleInARoleChangeIsRefusedNamingTheAllowedRolesAndChangesNothing() {
        var analyst = api.createUser("hotline", "ANALYST");

        var refused = api.putJson(
                "/api/v1/admin/users/" + analyst.id() + "/roles", api.adminToken(), Map.of("roles", List.of("KING")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("roles");
        assertThat(refused.json().get("errors").get(0).get("detail").asString()).contains("SUPERVISOR");
        assertThat(api.get("/api/v1/admin/users/" + analyst.id(), api.adminToken())
                        .json()
                        .get("roles")
                        .get(0)
                        .asString())
                .isEqualTo("ANALYST");
    }

    @Test
    void takenUserNameIsAConflict() {
        var existing = api.createUser("hotline", "ANALYST");

        var refused = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", existing.username(), "roles", List.of("ANALYST"), "organisation", "hotline"));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void theBootstrapAccountsNameIsReserved() {
        var refused = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", "bootstrap-admin", "roles", List.of("ANALYST"), "organisation", "hotline"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("code").asString()).isEqualTo("username.reserved");
    }

    @Test
    void nonAdministratorCannotCreateUsers() {
        var analyst = api.createUser("hotline", "ANALYST");

        var refused = api.postJson(
                "/api/v1/admin/users",
                analyst.token(),
                Map.of("username", "sneaky", "roles", List.of("ADMIN"), "organisation", "hotline"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void administratorPagesNeedTheAdministratorRole() {
        var analyst = api.createUser("hotline", "ANALYST");
        var admin = api.createUser("hotline", "ADMIN");
        var analystBrowser = new Api(port);
        var adminBrowser = new Api(port);
        analystBrowser.signIn(analyst);
        adminBrowser.signIn(admin);

        assertThat(analystBrowser.get("/admin/users", null).status()).isEqualTo(403);
        assertThat(analystBrowser.get("/admin/users/" + analyst.id(), null).status())
                .isEqualTo(403);
        assertThat(adminBrowser.get("/admin/users", null).status()).isEqualTo(200);
        assertThat(adminBrowser.get("/admin/users/" + analyst.id(), null).status())
                .isEqualTo(200);
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<String> fields(Api.Response refused) {
        return refused.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
