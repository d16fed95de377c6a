package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProtegoTest
class SignInTest {

    @LocalServerPort
    int port;

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
    void accountLocksAfterRepeatedFailuresEvenForTheRightCredentials() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.postForm(
                    "/login",
                    "/login",
                    Map.of("username", analyst.username(), "password", "wrong password!", "code", "123456"));
        }

        var locked = browser.signIn(analyst);

        assertThat(locked.header("Location")).endsWith("/login?locked");
    }

    @Test
    void administratorUnlocksALockedAccount() {
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            browser.postForm(
                    "/login",
                    "/login",
                    Map.of("username", analyst.username(), "password", "wrong password!", "code", "123456"));
        }

        admin.postJson("/api/v1/admin/users/" + analyst.id() + "/unlock", Api.BOOTSTRAP_TOKEN, Map.of());

        assertThat(browser.signIn(analyst).header("Location")).endsWith("/staff");
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
}
