package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in and enrolment attempts are limited per client address and per user name. Each test speaks for its own
 * addresses through X-Forwarded-For, which Protego trusts from a proxy on the same host.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "protego.security.sign-ins-per-address-per-minute=3",
            "protego.security.sign-ins-per-user-per-minute=3",
            "protego.security.enrolments-per-minute=3"
        })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ThrottlingTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void signInsBeyondTheLimitPerAddressAreRefusedLikeAWrongPassword() {
        var user = enrolledUser("192.0.2.11");
        for (int i = 0; i < 3; i++) {
            signInFrom("198.51.100.61", "nobody-" + i, "some password", "123456");
        }

        var throttled =
                signInFrom("198.51.100.61", user.username(), user.password(), Api.currentCode(user.totpSecret()));
        var elsewhere =
                signInFrom("198.51.100.62", user.username(), user.password(), Api.currentCode(user.totpSecret()));

        assertThat(throttled.header("Location")).endsWith("/login?error");
        assertThat(elsewhere.header("Location")).endsWith("/staff");
    }

    @Test
    void signInsBeyondTheLimitPerUserNameAreRefusedFromAnyAddressWithoutLockingTheAccount() {
        var user = enrolledUser("192.0.2.12");
        var colleague = enrolledUser("192.0.2.13");
        for (int i = 0; i < 3; i++) {
            signInFrom("198.51.100.7" + i, user.username(), "a wrong password", "123456");
        }

        var throttled =
                signInFrom("198.51.100.80", user.username(), user.password(), Api.currentCode(user.totpSecret()));
        var colleagueFromThere = signInFrom(
                "198.51.100.80", colleague.username(), colleague.password(), Api.currentCode(colleague.totpSecret()));

        assertThat(throttled.header("Location")).endsWith("/login?error");
        assertThat(colleagueFromThere.header("Location")).endsWith("/staff");
        assertThat(api.get("/api/v1/admin/users/" + user.id(), api.adminToken())
                        .json()
                        .get("locked")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void enrolmentsBeyondTheLimitPerAddressAreAnsweredWith429OnTheApiAndRefusedOnThePage() {
        String code = enrolmentCode();
        for (int i = 0; i < 3; i++) {
            assertThat(enrolFrom("198.51.100.91", "AAAA-AAAA-AAAA-AAAA-AAA" + (char) ('A' + i))
                            .status())
                    .isEqualTo(400);
        }

        var throttled = enrolFrom("198.51.100.91", code);
        var browser = new Api(port);
        var page = browser.postForm(
                "/enrol",
                "/enrol",
                Map.of("code", code, "password", "a long password", "passwordAgain", "a long password"),
                Map.of("X-Forwarded-For", "198.51.100.91"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        assertThat(throttled.header("Retry-After")).isEqualTo("60");
        assertThat(page.header("Location")).endsWith("/enrol");
        assertThat(browser.get("/enrol", null).body())
                .contains("Too many enrolment attempts from this address; try again in a minute.");
        assertThat(enrolFrom("198.51.100.92", code).status()).isEqualTo(200);
    }

    private Api.Response signInFrom(String address, String username, String password, String code) {
        return new Api(port)
                .postForm(
                        "/login",
                        "/login",
                        Map.of("username", username, "password", password, "code", code),
                        Map.of("X-Forwarded-For", address));
    }

    private Api.Response enrolFrom(String address, String code) {
        return api.postJson(
                "/api/v1/enrolments",
                null,
                Map.of("code", code, "password", "a long password"),
                Map.of("X-Forwarded-For", address));
    }

    private String enrolmentCode() {
        return createdUser().json().get("enrolmentCode").asString();
    }

    private Api.Response createdUser() {
        return api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of(
                        "username",
                        "throttled-" + UUID.randomUUID().toString().substring(0, 8),
                        "roles",
                        List.of("ANALYST"),
                        "organisation",
                        "hotline"));
    }

    /** A user enrolled from an address of its own, so that the enrolment limit of this context is not touched. */
    private Api.StaffUser enrolledUser(String enrolFrom) {
        var created = createdUser();
        String password = "pass-" + UUID.randomUUID();
        var enrolled = api.postJson(
                "/api/v1/enrolments",
                null,
                Map.of("code", created.json().get("enrolmentCode").asString(), "password", password),
                Map.of("X-Forwarded-For", enrolFrom));
        assertThat(enrolled.status()).isEqualTo(200);
        return new Api.StaffUser(
                created.json().get("id").asString(),
                created.json().get("username").asString(),
                password,
                enrolled.json().get("totpSecret").asString(),
                null);
    }
}
