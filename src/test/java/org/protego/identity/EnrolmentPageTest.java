package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public /enrol page takes the same one-time code as the API, without JavaScript and with a CSRF token. */
@ProtegoTest
class EnrolmentPageTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void enrolPageIsPublicTranslatedAndItsFormCarriesACsrfToken() {
        var page = new Api(port).get("/enrol?lang=fr", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"fr\"")
                .contains("Configurer votre compte")
                .contains("name=\"_csrf\"")
                .doesNotContain("<script");
    }

    @Test
    void newUserSetsAPasswordOnThePageSeesTheSecretOnceAndSignsIn() {
        var created = createdUser();
        var browser = new Api(port);

        var done = browser.postForm(
                "/enrol",
                "/enrol",
                Map.of(
                        "code",
                        created.code(),
                        "password",
                        "a page-made password",
                        "passwordAgain",
                        "a page-made password"));

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("otpauth://totp/").contains("href=\"/login\"");
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]{32})<").matcher(done.body());
        assertThat(secret.find()).isTrue();
        var user = new Api.StaffUser(created.id(), created.username(), "a page-made password", secret.group(1), null);
        assertThat(new Api(port).signIn(user).header("Location")).endsWith("/staff");
        var secondBrowser = new Api(port);
        var again = secondBrowser.postForm(
                "/enrol",
                "/enrol",
                Map.of("code", created.code(), "password", "another password!", "passwordAgain", "another password!"));
        assertThat(again.header("Location")).endsWith("/enrol");
        assertThat(secondBrowser.get("/enrol", null).body())
                .doesNotContain("otpauth://")
                .contains("The enrolment code is unknown, expired or already used.");
    }

    @Test
    void differentPasswordsAreRefusedAndTheCodeStaysUsable() {
        var created = createdUser();

        var browser = new Api(port);
        var refused = browser.postForm(
                "/enrol",
                "/enrol",
                Map.of("code", created.code(), "password", "one long password", "passwordAgain", "another long one"));

        assertThat(refused.header("Location")).endsWith("/enrol");
        var form = browser.get("/enrol", null).body();
        assertThat(form).contains("The two passwords are not the same.");
        assertThat(form)
                .as("neither the code nor a password is ever typed back in")
                .doesNotContain(created.code())
                .doesNotContain("one long password")
                .doesNotContain("another long one");
        assertThat(api.enrol(created.code(), "one long password").status()).isEqualTo(200);
    }

    @Test
    void wrongCodeIsRefusedWithAMessageInTheReadersLanguage() {
        var browser = new Api(port);
        var refused = browser.postForm(
                "/enrol?lang=es",
                "/enrol",
                Map.of(
                        "code",
                        "AAAA-AAAA-AAAA-AAAA-AAAA",
                        "password",
                        "a long password",
                        "passwordAgain",
                        "a long password"));

        assertThat(refused.header("Location")).endsWith("/enrol");
        assertThat(browser.get("/enrol", null).body())
                .contains("Este código de alta es desconocido")
                .doesNotContain("AAAA-AAAA");
    }

    @Test
    void formWithoutCsrfTokenIsRefusedAndTheCodeStaysUsable() {
        var created = createdUser();

        var forged = new Api(port)
                .postFormWithoutCsrf(
                        "/enrol",
                        Map.of(
                                "code",
                                created.code(),
                                "password",
                                "forged password!",
                                "passwordAgain",
                                "forged password!"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(api.enrol(created.code(), "the real password").status()).isEqualTo(200);
    }

    record Created(String id, String username, String code) {}

    Created createdUser() {
        String username = "paging-" + UUID.randomUUID().toString().substring(0, 8);
        var created = api.postJson(
                "/api/v1/admin/users",
                api.adminToken(),
                Map.of("username", username, "roles", List.of("ANALYST"), "organisation", "hotline"));
        return new Created(
                created.json().get("id").asString(),
                username,
                created.json().get("enrolmentCode").asString());
    }
}
