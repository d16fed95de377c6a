package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProtegoTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api admin;

    @BeforeEach
    void connect() {
        admin = new Api(port);
    }

    @Test
    void staffSignInWithPasswordAndTotpCode() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);

        var signedIn = browser.signIn(analyst);

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/staff");
        assertThat(browser.get("/staff", null).body()).contains(analyst.username());
    }

    @Test
    void correctPasswordWithoutTheRightCodeIsRefused() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);

        var refused = browser.postForm(
                "/login",
                "/login",
                Map.of("username", analyst.username(), "password", analyst.password(), "code", "000000"));

        assertThat(refused.header("Location")).endsWith("/login?error");
        assertThat(browser.get("/staff", null).status()).isEqualTo(302);
    }

    @Test
    void aCodeCannotBeUsedTwice() {
        var analyst = admin.createUser("hotline", "ANALYST");
        String code = Api.currentCode(analyst.totpSecret());
        var credentials = Map.of("username", analyst.username(), "password", analyst.password(), "code", code);

        new Api(port).postForm("/login", "/login", credentials);
        var replayed = new Api(port).postForm("/login", "/login", credentials);

        assertThat(replayed.header("Location")).endsWith("/login?error");
    }

    @Test
    void lockedAccountRefusesEvenTheRightCredentialsWithTheAnswerForAWrongPassword() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        failFiveTimes(browser, analyst);

        var locked = browser.signIn(analyst);

        assertThat(locked.header("Location")).endsWith("/login?error");
        assertThat(browser.get("/staff", null).status()).isEqualTo(302);
    }

    @Test
    void fourFailuresDoNotLockTheAccount() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        for (int attempt = 0; attempt < 4; attempt++) {
            failOnce(browser, analyst);
        }

        assertThat(browser.signIn(analyst).header("Location")).endsWith("/staff");
    }

    @Test
    void administratorUnlocksALockedAccount() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        failFiveTimes(browser, analyst);

        admin.postJson("/api/v1/admin/users/" + analyst.id() + "/unlock", admin.adminToken(), Map.of());

        assertThat(browser.signIn(analyst).header("Location")).endsWith("/staff");
    }

    @Test
    void aLockThatRanOutStartsANewCountSoOneMoreFailureDoesNotLockAgain() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        failFiveTimes(browser, analyst);
        jdbc.sql("update identity_user set locked_until = now() - interval '1 second' where id = :id")
                .param("id", UUID.fromString(analyst.id()))
                .update();

        failOnce(browser, analyst);

        assertThat(browser.signIn(analyst).header("Location")).endsWith("/staff");
    }

    @Test
    void aLockThatHasNotRunOutStillRefuses() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        failFiveTimes(browser, analyst);
        jdbc.sql("update identity_user set locked_until = now() + interval '1 minute' where id = :id")
                .param("id", UUID.fromString(analyst.id()))
                .update();

        assertThat(browser.signIn(analyst).header("Location")).endsWith("/login?error");
    }

    @Test
    void disabledUserCannotSignIn() {
        var analyst = admin.createUser("hotline", "ANALYST");
        admin.postJson("/api/v1/admin/users/" + analyst.id() + "/disable", admin.adminToken(), Map.of());

        assertThat(new Api(port).signIn(analyst).header("Location")).endsWith("/login?error");
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        var refused = new Api(port)
                .postForm(
                        "/login",
                        "/login",
                        Map.of("username", "nobody-here", "password", "whatever it is", "code", "123456"));

        assertThat(refused.header("Location")).endsWith("/login?error");
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);

        var forged = browser.postFormWithoutCsrf(
                "/login",
                Map.of(
                        "username",
                        analyst.username(),
                        "password",
                        analyst.password(),
                        "code",
                        Api.currentCode(analyst.totpSecret())));

        assertThat(forged.status()).isEqualTo(403);
    }

    private static void failFiveTimes(Api browser, Api.StaffUser user) {
        for (int attempt = 0; attempt < 5; attempt++) {
            failOnce(browser, user);
        }
    }

    private static void failOnce(Api browser, Api.StaffUser user) {
        browser.postForm(
                "/login",
                "/login",
                Map.of("username", user.username(), "password", "wrong password!", "code", "123456"));
    }
}
