package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Cookies last only the browser session where they can, and are Secure whenever the request came over HTTPS. */
@ProtegoTest
class CookieSecurityTest {

    @LocalServerPort
    int port;

    List<String> cookiesOf(String path, boolean forwardedHttps) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedHttps) {
            // As a TLS-terminating proxy on the same host sends it.
            request.header("X-Forwarded-Proto", "https");
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .headers()
                .allValues("Set-Cookie");
    }

    static String cookie(List<String> cookies, String name) {
        return cookies.stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }

    @Test
    void theLanguageCookieLastsOnlyTheBrowserSession() throws Exception {
        String language = cookie(cookiesOf("/report?lang=fr", false), "protego-lang");

        assertThat(language).startsWith("protego-lang=fr").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(language.toLowerCase(Locale.ROOT)).doesNotContain("max-age").doesNotContain("expires");
    }

    @Test
    void overHttpsThroughATrustedProxyEveryCookieIsSecure() throws Exception {
        var cookies = cookiesOf("/report?lang=ar", true);

        assertThat(cookie(cookies, "protego-lang")).contains("Secure");
        assertThat(cookie(cookies, "JSESSIONID")).contains("Secure");
    }

    @Test
    void overPlainHttpCookiesAreNotMarkedSecureSoThatALocalTrialWorks() throws Exception {
        var cookies = cookiesOf("/report?lang=ar", false);

        assertThat(cookie(cookies, "protego-lang")).doesNotContain("Secure");
        assertThat(cookie(cookies, "JSESSIONID")).doesNotContain("Secure");
    }

    @Test
    void overDirectHttpsTheLanguageCookieIsSecure() {
        var request = new MockHttpServletRequest();
        request.setSecure(true);
        var response = new MockHttpServletResponse();

        new LanguageCookie().setLocale(request, response, Locale.FRENCH);

        assertThat(response.getHeader("Set-Cookie")).contains("Secure");
        assertThat(new LanguageCookie().resolveLocale(request)).isEqualTo(Locale.FRENCH);
    }
}
