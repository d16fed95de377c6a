package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The language a staff member chooses is kept on their account and follows them to a fresh browser. */
@ProtegoTest
class AccountLanguageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLanguageChosenInTheBarIsKeptOnTheAccountAuditedAndUsedInAFreshBrowser() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        var chosen =
                browser.postForm("/staff", "/staff/account/language", Map.of("lang", "fr", "back", "/staff/queue"));

        assertThat(chosen.header("Location")).endsWith("/staff/queue");
        assertThat(browser.get("/staff/queue", null).body()).contains("<html lang=\"fr\" dir=\"ltr\">");
        assertThat(languageOf(analyst)).isEqualTo("fr");
        assertThat(auditedChoices(analyst)).containsExactly("language=fr");
        var freshBrowser = new Api(port);
        signInAgain(freshBrowser, analyst);
        assertThat(freshBrowser.get("/staff", null).body()).contains("<html lang=\"fr\" dir=\"ltr\">");
    }

    @Test
    void aLanguageChosenWithTheQueryParameterWhileSignedInIsKeptOnTheAccount() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        var queue = browser.get("/staff/queue?lang=ar", null);

        assertThat(queue.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(languageOf(analyst)).isEqualTo("ar");
        assertThat(browser.get("/staff/queue?lang=fr", null).body()).contains("<html lang=\"fr\" dir=\"ltr\">");
        assertThat(languageOf(analyst)).isEqualTo("fr");
        assertThat(auditedChoices(analyst)).containsExactly("language=ar", "language=fr");
    }

    @Test
    void choosingTheLanguageAlreadyKeptChangesNothing() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        browser.get("/staff?lang=es", null);
        browser.get("/staff/queue?lang=es", null);

        assertThat(auditedChoices(analyst)).containsExactly("language=es");
    }

    @Test
    void withoutAChoiceOnTheAccountTheBrowsersLanguageIsUsed() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.get("/login?lang=ru", null);
        browser.signIn(analyst);

        assertThat(browser.get("/staff", null).body()).contains("<html lang=\"ru\" dir=\"ltr\">");
        assertThat(languageOf(analyst)).isNull();
    }

    @Test
    void aLanguageNotOfferedIsRefusedOnTheAccountPageAndNothingIsKept() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        var refused = browser.postForm("/staff/account", "/staff/account/language", Map.of("lang", "xx"));

        assertThat(refused.header("Location")).endsWith("/staff/account");
        assertThat(browser.get("/staff/account", null).body())
                .contains("id=\"problems\"")
                .contains("Choose one of the languages offered.");
        assertThat(languageOf(analyst)).isNull();
    }

    @Test
    void withoutSigningInNoLanguageIsKeptAndThePublicKeepsTheCookie() {
        var stranger = new Api(port);

        var refused = stranger.postFormWithoutCsrf("/staff/account/language", Map.of("lang", "fr"));
        var page = stranger.get("/report?lang=ar", null);

        assertThat(refused.status()).isIn(302, 403);
        assertThat(page.header("Set-Cookie")).contains("protego-lang=ar");
        assertThat(stranger.get("/report/status", null).body()).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void theReturnPageIsAlwaysOnThisSite() {
        var analyst = new Api(port).createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        var chosen = browser.postForm(
                "/staff", "/staff/account/language", Map.of("lang", "pt", "back", "https://evil.example/staff"));

        assertThat(chosen.header("Location")).doesNotContain("evil.example").endsWith("/staff/account?languageSaved");
    }

    private String languageOf(Api.StaffUser user) {
        return jdbc.sql("select language from identity_user where id = :id")
                .param("id", UUID.fromString(user.id()))
                .query(String.class)
                .list()
                .get(0);
    }

    private java.util.List<String> auditedChoices(Api.StaffUser user) {
        return jdbc.sql("""
                select detail from audit_entry where action = 'user.language-chosen' and subject_id = :id
                order by sequence""").param("id", user.id()).query(String.class).list();
    }

    /** A second sign-in within the same 30 seconds needs the next step's code: a used code is never taken again. */
    private static void signInAgain(Api browser, Api.StaffUser user) {
        String code;
        try {
            code = new DefaultCodeGenerator()
                    .generate(user.totpSecret(), Instant.now().getEpochSecond() / 30 + 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var signedIn = browser.postForm(
                "/login", "/login", Map.of("username", user.username(), "password", user.password(), "code", code));
        assertThat(signedIn.header("Location")).endsWith("/staff");
    }
}
