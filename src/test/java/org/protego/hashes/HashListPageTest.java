package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ProtegoTest
class HashListPageTest {

    @LocalServerPort
    int port;

    @Test
    void administratorExportsAListFromTheAdministrationPages() {
        var api = new Api(port);
        String list = "page-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = HashApiTest.randomPdq(new Random());
        api.postText(
                "/api/v1/admin/hashes/lists/" + list + "/import",
                api.adminToken(),
                "pdq," + hash + ",csam_baseline,series-x,partner,\n");
        var admin = api.createUser("hotline", "ADMIN");
        var browser = new Api(port);
        browser.signIn(admin);

        assertThat(browser.get("/admin/hash-lists", null).body()).contains(list);
        var export = browser.get("/admin/hash-lists/" + list + "/export", null);
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.body()).startsWith(HashManagement.CSV_HEADER).contains(hash + ",csam_baseline,series-x");
    }

    @Test
    void analystCannotOpenTheHashListAdministration() {
        var api = new Api(port);
        var analyst = api.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        assertThat(browser.get("/admin/hash-lists", null).status()).isEqualTo(403);
    }

    @Test
    void administratorOfAnotherOrganisationSeesTheListsOwnerButCannotExportIt() {
        var api = new Api(port);
        String list = "page-" + UUID.randomUUID().toString().substring(0, 8);
        api.postText(
                "/api/v1/admin/hashes/lists/" + list + "/import",
                api.adminToken(),
                "pdq," + HashApiTest.randomPdq(new Random()) + ",csam_baseline,,partner,\n");
        var admin = api.createUser("elsewhere-" + UUID.randomUUID(), "ADMIN");
        var browser = new Api(port);
        browser.signIn(admin);

        String page = browser.get("/admin/hash-lists", null).body();

        assertThat(page).contains(list).doesNotContain("/admin/hash-lists/" + list + "/export");
        assertThat(page.substring(page.indexOf(list))).contains("hotline");
        assertThat(browser.get("/admin/hash-lists/" + list + "/export", null).status())
                .isEqualTo(404);
    }

    static String newListName() {
        return "page-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String oneHash() {
        return "pdq," + HashApiTest.randomPdq(new Random()) + ",csam_baseline,,,\n";
    }

    /** Signs a new user of the organisation in, as a browser keeps the session. */
    Api signedIn(String organisation, String role) {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser(organisation, role));
        return browser;
    }

    /** Imports a file from the administration page, as a browser sends the form; the answer is not followed. */
    static Api.Response importFromThePage(Api browser, String formPage, String list, String csv) {
        return browser.postFile(formPage, "/admin/hash-lists/import", Map.of("list", list), "file", csv);
    }

    static Document pageOf(Api browser) {
        return Jsoup.parse(browser.get("/admin/hash-lists", null).body());
    }

    @Test
    void aRefusedImportComesBackToThePageNamingTheLinesToCorrect() {
        var browser = signedIn("hotline", "ADMIN");
        String list = newListName();

        var refused = importFromThePage(browser, "/admin/hash-lists", list, oneHash() + "pdq,xyz,csam_baseline,,,\n");

        assertThat(refused.status()).isBetween(302, 303);
        assertThat(refused.header("Location")).endsWith("/admin/hash-lists");
        var page = pageOf(browser);
        assertThat(page.select("#bad-lines").text()).contains("2");
        assertThat(page.select("#problems").text()).contains("Expected " + HashListCsv.HEADER);
        assertThat(page.select("#import-list").attr("value")).isEqualTo(list);
        var api = new Api(port);
        assertThat(api.get("/api/v1/hashes/lists/" + list, api.adminToken()).status())
                .isEqualTo(404);
    }

    @Test
    void anImportIntoAnotherOrganisationsListComesBackSayingWhoseListItIs() {
        var api = new Api(port);
        String list = newListName();
        api.postText("/api/v1/admin/hashes/lists/" + list + "/import", api.adminToken(), oneHash());
        var browser = signedIn("elsewhere-" + UUID.randomUUID(), "ADMIN");

        var refused = importFromThePage(browser, "/admin/hash-lists", list, oneHash());

        assertThat(refused.status()).isBetween(302, 303);
        assertThat(pageOf(browser).select("#problems").text()).contains(list).contains("another organisation");
    }

    @Test
    void anImportedFileIsCountedOnThePage() {
        var browser = signedIn("hotline", "ADMIN");

        var imported = importFromThePage(browser, "/admin/hash-lists", newListName(), oneHash());

        assertThat(imported.status()).isBetween(302, 303);
        var page = pageOf(browser);
        assertThat(page.select("#hashes-imported").text()).contains("1");
        assertThat(page.select("#problems")).isEmpty();
    }

    @Test
    void anAnalystCannotImportAFile() {
        var browser = signedIn("hotline", "ANALYST");

        assertThat(importFromThePage(browser, "/staff/queue", newListName(), oneHash())
                        .status())
                .isEqualTo(403);
    }
}
