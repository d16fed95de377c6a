package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's user pages: creating, enrolment codes, disabling and single token revocation. */
@ProtegoTest
class AdminUserPageTest {

    static final Pattern ENROLMENT_CODE = Pattern.compile("id=\"enrolment-code\">([A-Z2-7-]+)<");

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
    void administratorCreatesAUserWithoutAPasswordAndGetsAnEnrolmentCodeThatWorks() {
        String username = "paged-" + UUID.randomUUID().toString().substring(0, 8);

        var page = adminBrowser.postForm(
                "/admin/users",
                "/admin/users",
                Map.of("username", username, "organisation", "hotline", "roles", "ANALYST"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("name=\"password\"");
        assertThat(api.enrol(codeOn(page), "a password of my own").status()).isEqualTo(200);
    }

    @Test
    void anUnknownRoleOnTheFormIsShownAsAMessage() {
        var page = adminBrowser.postForm(
                "/admin/users",
                "/admin/users",
                Map.of(
                        "username",
                        "someone-" + UUID.randomUUID().toString().substring(0, 6),
                        "organisation",
                        "hotline",
                        "roles",
                        "KING"));

        assertThat(page.header("Location")).endsWith("/admin/users");
        var shown = adminBrowser.get("/admin/users", null).body();
        assertThat(shown).contains("id=\"problems\"").contains("Unknown role; the allowed roles are ADMIN, ANALYST");
        assertThat(shown).contains("id=\"roles-error\"");
    }

    @Test
    void aTakenUserNameReturnsToTheFormWithTheTypedValuesAndTheReason() {
        var existing = api.createUser("hotline", "ANALYST");

        var refused = adminBrowser.postForm(
                "/admin/users?lang=fr",
                "/admin/users",
                Map.of("username", existing.username(), "organisation", "hotline", "roles", "ANALYST"));

        assertThat(refused.header("Location")).endsWith("/admin/users");
        var shown = adminBrowser.get("/admin/users", null).body();
        assertThat(shown).contains("Le nom d’utilisateur « " + existing.username() + " » est déjà pris.");
        assertThat(shown).contains("value=\"" + existing.username() + "\"");
    }

    @Test
    void anAdministratorCannotDisableThemselvesAndIsToldWhyOnTheirPage() {
        var admin = api.createUser("hotline", "ADMIN");
        var browser = new Api(port);
        browser.signIn(admin);
        String ownPage = "/admin/users/" + admin.id();

        var refused = browser.postForm(ownPage, ownPage + "/disable", Map.of());

        assertThat(refused.header("Location")).endsWith(ownPage);
        assertThat(browser.get(ownPage, null).body()).contains("You cannot disable your own account.");
    }

    @Test
    void administratorIssuesANewEnrolmentCodeOnTheUsersPage() {
        var analyst = api.createUser("hotline", "ANALYST");
        String userPage = "/admin/users/" + analyst.id();

        var page = adminBrowser.postForm(userPage, userPage + "/enrolment", Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(new Api(port).signIn(analyst).header("Location")).endsWith("/login?error");
        assertThat(api.enrol(codeOn(page), "a fresh password please").status()).isEqualTo(200);
    }

    @Test
    void administratorDisablesAndEnablesAUserOnTheUsersPage() {
        var analyst = api.createUser("hotline", "ANALYST");
        String userPage = "/admin/users/" + analyst.id();

        var disabled = adminBrowser.postForm(userPage, userPage + "/disable", Map.of());

        assertThat(disabled.header("Location")).endsWith(userPage + "?disabled");
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(401);
        assertThat(adminBrowser.get(userPage, null).body()).contains("id=\"enable\"");
        adminBrowser.postForm(userPage, userPage + "/enable", Map.of());
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
    }

    @Test
    void administratorRevokesOneTokenOnTheUsersPage() {
        var analyst = api.createUser("hotline", "ANALYST");
        String userPage = "/admin/users/" + analyst.id();
        var issued = adminBrowser.postForm(userPage, userPage + "/tokens", Map.of("label", "second"));
        Matcher token = Pattern.compile("id=\"api-token\">(ptg_[^<]+)<").matcher(issued.body());
        assertThat(token.find()).isTrue();
        String tokenId = api.get(userPage.replace("/admin", "/api/v1/admin") + "/tokens", api.adminToken())
                .json()
                .valueStream()
                .filter(listed -> listed.get("label").asString().equals("second"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();

        adminBrowser.postForm(userPage, userPage + "/tokens/" + tokenId + "/revoke", Map.of());

        assertThat(api.get("/api/v1/queue", token.group(1)).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/queue", analyst.token()).status()).isEqualTo(200);
    }

    @Test
    void theAdministratorsOwnPageOffersNoWayToDisableThemselves() {
        var admin = api.createUser("hotline", "ADMIN");
        var browser = new Api(port);
        browser.signIn(admin);

        assertThat(browser.get("/admin/users/" + admin.id(), null).body()).doesNotContain("id=\"disable\"");
        assertThat(browser.get(
                                "/admin/users/"
                                        + api.createUser("hotline", "ANALYST").id(),
                                null)
                        .body())
                .contains("id=\"disable\"");
    }

    private static String codeOn(Api.Response page) {
        Matcher code = ENROLMENT_CODE.matcher(page.body());
        assertThat(code.find()).as("an enrolment code on the page").isTrue();
        return code.group(1);
    }
}
