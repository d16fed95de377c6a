package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
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
}
