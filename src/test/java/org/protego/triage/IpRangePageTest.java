package org.protego.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's IP-range page: a file with a bad line changes nothing and the page names the line. */
@ProtegoTest
class IpRangePageTest {

    @LocalServerPort
    int port;

    @Test
    void aFileWithABadLineComesBackToThePageNamingTheLine() {
        var api = new Api(port);
        var browser = new Api(port);
        browser.signIn(api.createUser("hotline", "ADMIN"));
        String before = Jsoup.parse(browser.get("/admin/ip-ranges", null).body())
                .select("main p")
                .first()
                .text();

        var refused = browser.postFile(
                "/admin/ip-ranges", "/admin/ip-ranges", Map.of(), "file", "192.0.2.0,192.0.2.255,FR\n192.0.2.9,x,FR\n");

        assertThat(refused.status()).isBetween(302, 303);
        var page = Jsoup.parse(browser.get("/admin/ip-ranges", null).body());
        assertThat(page.select("#bad-lines").text()).contains("2");
        assertThat(page.select("#problems").text()).contains("Expected first_address,last_address,country");
        assertThat(page.select("main p").first().text())
                .as("the table is unchanged")
                .isEqualTo(before);
    }

    @Test
    void anAnalystCannotReplaceTheTable() {
        var api = new Api(port);
        var browser = new Api(port);
        browser.signIn(api.createUser("hotline", "ANALYST"));

        var refused =
                browser.postFile("/staff/queue", "/admin/ip-ranges", Map.of(), "file", "192.0.2.0,192.0.2.255,FR\n");

        assertThat(refused.status()).isEqualTo(403);
    }
}
