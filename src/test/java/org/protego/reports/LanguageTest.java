package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProtegoTest
class LanguageTest {

    @LocalServerPort
    int port;

    @Test
    void arabicPageIsRightToLeft() {
        var page = new Api(port).get("/report?lang=ar", null);

        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void chosenLanguageIsRememberedOnTheNextPage() {
        var browser = new Api(port);
        browser.get("/?lang=ru", null);

        assertThat(browser.get("/report/status", null).body()).contains("<html lang=\"ru\" dir=\"ltr\">");
    }

    @Test
    void browserLanguageIsUsedWhenNoneWasChosen() throws Exception {
        assertThat(pageIn("fr-CA,fr;q=0.9")).contains("<html lang=\"fr\" dir=\"ltr\">");
        assertThat(pageIn("es-MX")).contains("<html lang=\"es\"");
        assertThat(pageIn("pt-BR")).contains("<html lang=\"pt\"");
    }

    @Test
    void languageNotOfferedFallsBackToEnglish() throws Exception {
        assertThat(pageIn("de-DE,de;q=0.9")).contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(new Api(port).get("/report?lang=xx", null).body()).contains("<html lang=\"en\"");
    }

    private String pageIn(String acceptLanguage) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report"))
                .header("Accept-Language", acceptLanguage)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
