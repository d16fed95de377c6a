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

/** An administrator's changes to an account take effect on the account's next request, by session or by token. */
@ProtegoTest
class AccountAccessTest {

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
    void disabledUsersTokenIsRefusedAtOnceAndWorksAgainOnceEnabled() {
        var analyst = api.createUser("hotline", "ANALYST");
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);

        var disabled = api.postJson("/api/v1/admin/users/" + analyst.id() + "/disable", api.adminToken(), Map.of());

        assertThat(disabled.status()).isEqualTo(200);
        var refused = api.get("/api/v1/queue", analyst.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        api.postJson("/api/v1/admin/users/" + analyst.id() + "/enable", api.adminToken(), Map.of());
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
    }

    @Test
    void disabledUsersSessionIsSignedOutAtItsNextRequestAndStaysEnded() {
        var analyst = api.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);
        assertThat(browser.get("/staff", null).status()).isEqualTo(200);

        api.postJson("/api/v1/admin/users/" + analyst.id() + "/disable", api.adminToken(), Map.of());

        var signedOut = browser.get("/staff", null);
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Location")).endsWith("/login");
        api.postJson("/api/v1/admin/users/" + analyst.id() + "/enable", api.adminToken(), Map.of());
        assertThat(browser.get("/staff", null).status()).isEqualTo(302);
    }

    @Test
    void anotherUsersSessionIsNotEndedByDisablingSomeoneElse() {
        var analyst = api.createUser("hotline", "ANALYST");
        var colleague = api.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        api.postJson("/api/v1/admin/users/" + colleague.id() + "/disable", api.adminToken(), Map.of());

        assertThat(browser.get("/staff", null).status()).isEqualTo(200);
    }

    @Test
    void administratorCannotDisableTheirOwnAccount() {
        var admin = api.createUser("hotline", "ADMIN");
        var colleague = api.createUser("hotline", "ANALYST");

        var refused = api.postJson("/api/v1/admin/users/" + admin.id() + "/disable", admin.token(), Map.of());
        var allowed = api.postJson("/api/v1/admin/users/" + colleague.id() + "/disable", admin.token(), Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(allowed.status()).isEqualTo(200);
    }

    @Test
    void nonAdministratorCannotDisableUsers() {
        var analyst = api.createUser("hotline", "ANALYST");
        var colleague = api.createUser("hotline", "ANALYST");

        var refused = api.postJson("/api/v1/admin/users/" + colleague.id() + "/disable", analyst.token(), Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/queue", colleague.token()).status()).isEqualTo(200);
    }

    @Test
    void aSessionGetsNewRolesAtItsNextRequest() {
        var analyst = api.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);
        assertThat(browser.get("/admin/users", null).status()).isEqualTo(403);

        api.putJson(
                "/api/v1/admin/users/" + analyst.id() + "/roles",
                api.adminToken(),
                Map.of("roles", List.of("ANALYST", "ADMIN")));
        assertThat(browser.get("/admin/users", null).status()).isEqualTo(200);

        api.putJson(
                "/api/v1/admin/users/" + analyst.id() + "/roles",
                api.adminToken(),
                Map.of("roles", List.of("ANALYST")));
        assertThat(browser.get("/admin/users", null).status()).isEqualTo(403);
        assertThat(browser.get("/staff", null).status()).isEqualTo(200);
    }

    @Test
    void aTokenGetsNewRolesAtItsNextRequest() {
        var monitor = api.createUser("hotline", "MONITOR");
        assertThat(api.get("/api/v1/queue", monitor.token()).status()).isEqualTo(403);

        api.putJson(
                "/api/v1/admin/users/" + monitor.id() + "/roles",
                api.adminToken(),
                Map.of("roles", List.of("ANALYST")));

        assertThat(api.get("/api/v1/queue", monitor.token()).status()).isEqualTo(200);
    }

    @Test
    void revokingOneTokenLeavesTheUsersOtherTokensWorking() {
        var analyst = api.createUser("hotline", "ANALYST");
        var second = api.postJson(
                "/api/v1/admin/users/" + analyst.id() + "/tokens", api.adminToken(), Map.of("label", "second"));
        String secondId = second.json().get("id").asString();

        var revoked = api.postJson(
                "/api/v1/admin/users/" + analyst.id() + "/tokens/" + secondId + "/revoke", api.adminToken(), Map.of());

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/queue", second.json().get("token").asString())
                        .status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
    }

    @Test
    void aTokenIdOfAnotherUserIsNotFoundAndTheTokenKeepsWorking() {
        var analyst = api.createUser("hotline", "ANALYST");
        var other = api.createUser("hotline", "ANALYST");
        String analystsTokenId = tokens(analyst).get(0).get("id").asString();

        var refused = api.postJson(
                "/api/v1/admin/users/" + other.id() + "/tokens/" + analystsTokenId + "/revoke",
                api.adminToken(),
                Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
    }

    @Test
    void theTokenListShowsLabelCreationExpiryAndRevocationButNeverTheToken() {
        var analyst = api.createUser("hotline", "ANALYST");
        var second = api.postJson(
                "/api/v1/admin/users/" + analyst.id() + "/tokens", api.adminToken(), Map.of("label", "isp feed"));
        api.postJson(
                "/api/v1/admin/users/" + analyst.id() + "/tokens/"
                        + second.json().get("id").asString() + "/revoke",
                api.adminToken(),
                Map.of());

        var listed = api.get("/api/v1/admin/users/" + analyst.id() + "/tokens", api.adminToken());

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body())
                .doesNotContain(analyst.token())
                .doesNotContain(second.json().get("token").asString());
        JsonNode revoked = tokens(analyst).stream()
                .filter(token -> token.get("label").asString().equals("isp feed"))
                .findFirst()
                .orElseThrow();
        assertThat(revoked.get("active").asBoolean()).isFalse();
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertThat(revoked.get("createdAt").asString()).isNotBlank();
        assertThat(revoked.get("expiresAt").asString()).isNotBlank();
        assertThat(tokens(analyst))
                .anySatisfy(token -> assertThat(token.get("active").asBoolean()).isTrue());
    }

    @Test
    void nonAdministratorCannotListOrRevokeTokens() {
        var analyst = api.createUser("hotline", "ANALYST");
        String tokenId = tokens(analyst).get(0).get("id").asString();

        assertThat(api.get("/api/v1/admin/users/" + analyst.id() + "/tokens", analyst.token())
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson(
                                "/api/v1/admin/users/" + analyst.id() + "/tokens/" + tokenId + "/revoke",
                                analyst.token(),
                                Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
    }

    @Test
    void aTokenExpiresAfterTheDefaultNinetyDays() {
        var analyst = api.createUser("hotline", "ANALYST");

        var issued = api.postJson("/api/v1/admin/users/" + analyst.id() + "/tokens", api.adminToken(), Map.of());

        assertThat(issued.json().get("token").asString()).startsWith("ptg_");
        assertThat(Instant.parse(issued.json().get("expiresAt").asString()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(90)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void anExpiredTokenIsRefusedWithAProblem() {
        var analyst = api.createUser("hotline", "ANALYST");
        var fresh = api.postJson("/api/v1/admin/users/" + analyst.id() + "/tokens", api.adminToken(), Map.of());
        jdbc.sql("update identity_api_token set expires_at = now() - interval '1 second' where id = :id")
                .param(
                        "id",
                        UUID.fromString(tokens(analyst).stream()
                                .filter(token -> !token.get("id")
                                        .asString()
                                        .equals(fresh.json().get("id").asString()))
                                .findFirst()
                                .orElseThrow()
                                .get("id")
                                .asString()))
                .update();

        var refused = api.get("/api/v1/queue", analyst.token());

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("expired");
        assertThat(api.get("/api/v1/queue", fresh.json().get("token").asString())
                        .status())
                .isEqualTo(200);
    }

    private List<JsonNode> tokens(Api.StaffUser user) {
        return api.get("/api/v1/admin/users/" + user.id() + "/tokens", api.adminToken())
                .json()
                .valueStream()
                .toList();
    }
}
