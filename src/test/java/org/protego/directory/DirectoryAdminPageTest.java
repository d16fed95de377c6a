package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An administrator imports HSDS files from the administration pages and downloads the whole directory. */
@ProtegoTest
class DirectoryAdminPageTest {

    static final String PAGE = "/admin/directory";

    @LocalServerPort
    int port;

    Api signedIn(String organisation, String role) {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser(organisation, role));
        return browser;
    }

    static Map<String, String> freshNames() {
        return Map.of(
                "Amal Shelter", "Amal Shelter " + UUID.randomUUID(), "Cedar Health", "Cedar " + UUID.randomUUID());
    }

    @Test
    void anImportedFileShowsWhatWasNotKept() {
        Api browser = signedIn("hotline", "ADMIN");
        String file = HsdsExamples.text("with-ignored-members.json", freshNames());

        Api.Response answer = browser.postFile(PAGE, PAGE, Map.of(), "file", file);

        assertThat(answer.status()).isEqualTo(302);
        Document page = Jsoup.parse(browser.get(PAGE, null).body());
        assertThat(page.select("#directory-imported").text()).contains("1");
        assertThat(page.select("#ignored-fields li").eachText()).contains("/funding", "/service_areas/0/extent");
    }

    @Test
    void aFileOfSeveralServicesIsImportedWhole() {
        Api browser = signedIn("hotline", "ADMIN");
        String file = HsdsExamples.text("decoys.json", freshNames());

        browser.postFile(PAGE, PAGE, Map.of(), "file", file);

        assertThat(Jsoup.parse(browser.get(PAGE, null).body())
                        .select("#directory-imported")
                        .text())
                .contains("4");
    }

    @Test
    void aRefusedFileComesBackNamingWhatIsWrong() {
        Api browser = signedIn("hotline", "ADMIN");
        String file = HsdsExamples.text("safe-house-for-girls.json", freshNames())
                .replace("\"status\": \"active\"", "\"status\": \"open\"");

        browser.postFile(PAGE, PAGE, Map.of(), "file", file);

        Document page = Jsoup.parse(browser.get(PAGE, null).body());
        assertThat(page.select("#problems").text()).contains("/status");
        assertThat(page.select("#directory-imported")).isEmpty();
        browser.postFile(PAGE, PAGE, Map.of(), "file", "not json");
        assertThat(Jsoup.parse(browser.get(PAGE, null).body())
                        .select("#problems")
                        .text())
                .isNotBlank();
    }

    @Test
    void theWholeDirectoryDownloadsAsHsdsJson() {
        Api api = new Api(port);
        JsonNode girls = HsdsExamples.json("safe-house-for-girls.json", freshNames());
        api.postJson("/api/v1/directory/hsds/services", api.adminToken(), girls);
        Api browser = signedIn("hotline", "ADMIN");

        Api.Response export = browser.get(PAGE + "/export", null);

        assertThat(export.header("Content-Type")).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).contains("attachment");
        assertThat(export.body()).contains(girls.get("id").asString());
    }

    @Test
    void onlyAdministratorsOpenThePage() {
        Api provider = signedIn("Amal Shelter " + UUID.randomUUID(), "SERVICE_PROVIDER");

        assertThat(provider.get(PAGE, null).status()).isEqualTo(403);
        assertThat(provider.get(PAGE + "/export", null).status()).isEqualTo(403);
    }
}
