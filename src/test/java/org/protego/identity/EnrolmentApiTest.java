package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Users set their own password and TOTP secret with a one-time code; the administrator never knows either. */
@ProtegoTest
class EnrolmentApiTest {

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
    void userEnrolsWithTheCodeAndSignsInWithTheirOwnPasswordAndSecret() {
        var created = createdUser("ANALYST");
        String password = "correct horse battery staple";

        var enrolled = api.enrol(created.code(), password);

        assertThat(enrolled.status()).isEqualTo(200);
        String secret = enrolled.json().get("totpSecret").asString();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolled.json().get("otpauthUri").asString())
                .startsWith("otpauth://totp/Protego%3A" + created.username())
                .contains("secret=" + secret);
        var browser = new Api(port);
        var signedIn = browser.signIn(new Api.StaffUser(created.id(), created.username(), password, secret, null));
        assertThat(signedIn.header("Location")).endsWith("/staff");
    }

    @Test
    void codeIsAcceptedWithoutItsDashesAndInLowerCase() {
        var created = createdUser("ANALYST");

        var enrolled = api.enrol(created.code().replace("-", " ").toLowerCase(), "a long enough password");

        assertThat(enrolled.status()).isEqualTo(200);
    }

    @Test
    void userWhoHasNotEnrolledCannotSignIn() {
        var created = createdUser("ANALYST");

        var refused = new Api(port)
                .postForm(
                        "/login",
                        "/login",
                        Map.of("username", created.username(), "password", "any password at all", "code", "123456"));

        assertThat(refused.header("Location")).endsWith("/login?error");
    }

    @Test
    void aCodeWorksOnlyOnce() {
        var created = createdUser("ANALYST");
        assertThat(api.enrol(created.code(), "the first password").status()).isEqualTo(200);

        var again = api.enrol(created.code(), "a second password");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().get("errors").get(0).get("code").asString()).isEqualTo("enrolment.code-invalid");
    }

    @Test
    void wrongExpiredAndUsedCodesAreRefusedInExactlyTheSameWay() {
        var used = createdUser("ANALYST");
        api.enrol(used.code(), "the first password");
        var expired = createdUser("ANALYST");
        jdbc.sql("update identity_enrolment set expires_at = now() - interval '1 second' where user_id = :id")
                .param("id", UUID.fromString(expired.id()))
                .update();

        var wrong = api.enrol("AAAA-BBBB-CCCC-DDDD-EEEE", "a long enough password");
        var afterUse = api.enrol(used.code(), "a long enough password");
        var afterExpiry = api.enrol(expired.code(), "a long enough password");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(afterUse.status()).isEqualTo(wrong.status());
        assertThat(afterExpiry.status()).isEqualTo(wrong.status());
        assertThat(afterUse.body()).isEqualTo(wrong.body());
        assertThat(afterExpiry.body()).isEqualTo(wrong.body());
    }

    @Test
    void shortPasswordIsRefusedAndTheCodeStaysUsable() {
        var created = createdUser("ANALYST");

        var refused = api.enrol(created.code(), "too short");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(EnrolmentApiTest.fields(refused)).containsExactly("password");
        assertThat(api.enrol(created.code(), "now long enough, surely").status())
                .isEqualTo(200);
    }

    @Test
    void resetEndsTheOldPasswordSecretAndSessionAndTheNewCodeEnrolsAgain() {
        var analyst = api.createUser("hotline", "ANALYST");
        var oldSession = new Api(port);
        oldSession.signIn(analyst);
        assertThat(oldSession.get("/staff", null).status()).isEqualTo(200);

        var reset = api.postJson("/api/v1/admin/users/" + analyst.id() + "/enrolment", api.adminToken(), Map.of());

        assertThat(reset.status()).isEqualTo(201);
        assertThat(oldSession.get("/staff", null).status()).isEqualTo(302);
        assertThat(new Api(port).signIn(analyst).header("Location")).endsWith("/login?error");
        var enrolled = api.enrol(reset.json().get("enrolmentCode").asString(), "my brand new password");
        assertThat(enrolled.status()).isEqualTo(200);
        var renewed = new Api.StaffUser(
                analyst.id(),
                analyst.username(),
                "my brand new password",
                enrolled.json().get("totpSecret").asString(),
                null);
        assertThat(new Api(port).signIn(renewed).header("Location")).endsWith("/staff");
    }

    @Test
    void aNewCodeWithdrawsTheOlderOne() {
        var created = createdUser("ANALYST");

        var reset = api.postJson("/api/v1/admin/users/" + created.id() + "/enrolment", api.adminToken(), Map.of());

        assertThat(api.enrol(created.code(), "a long enough password").status()).isEqualTo(400);
        assertThat(api.enrol(reset.json().get("enrolmentCode").asString(), "a long enough password")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorIssuesEnrolmentCodes() {
        var analyst = api.createUser("hotline", "ANALYST");
        var other = api.createUser("hotline", "ANALYST");

        var refused = api.postJson("/api/v1/admin/users/" + other.id() + "/enrolment", analyst.token(), Map.of());
        var anonymous = api.postJson("/api/v1/admin/users/" + other.id() + "/enrolment", null, Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(new Api(port).signIn(other).header("Location")).endsWith("/staff");
    }

    record Created(String id, String username, String code) {}

    Created createdUser(String role) {
        String username = "enrolling-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", username, "roles", List.of(role), "organisation", "hotline"));
        assertThat(created.status()).isEqualTo(201);
        return new Created(
                created.json().get("id").asString(),
                username,
                created.json().get("enrolmentCode").asString());
    }

    static List<String> fields(Api.Response refused) {
        return refused.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
