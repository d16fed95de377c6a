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
        var again = new Api(port)
                .postForm(
                        "/enrol",
                        "/enrol",
                        Map.of(
                                "code",
                                created.code(),
                                "password",
                                "another password!",
                                "passwordAgain",
                                "another password!"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).doesNotContain("otpauth://");
    }

    @Test
    void differentPasswordsAreRefusedAndTheCodeStaysUsable() {
        var created = createdUser();

        var refused = new Api(port)
                .postForm(
                        "/enrol",
                        "/enrol",
                        Map.of(
                                "code",
                                created.code(),
                                "password",
                                "one long password",
                                "passwordAgain",
                                "another long one"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The two passwords are not the same.");
        assertThat(api.enrol(created.code(), "one long password").status()).isEqualTo(200);
    }

    @Test
    void wrongCodeIsRefusedWithAMessageInTheReadersLanguage() {
        var refused = new Api(port)
                .postForm(
                        "/enrol?lang=es",
                        "/enrol",
                        Map.of(
                                "code",
                                "AAAA-AAAA-AAAA-AAAA-AAAA",
                                "password",
                                "a long password",
                                "passwordAgain",
                                "a long password"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Este código de alta es desconocido");
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
