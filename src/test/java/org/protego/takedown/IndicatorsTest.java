package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProtegoTest
class IndicatorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Items with known timestamps in 2001, a year no other test touches, hosted in one country. */
    void itemTakingHours(int noticeToRemovalHours, String country) {
        Instant reported = Instant.parse("2001-03-01T00:00:00Z");
        Instant assessed = reported.plus(Duration.ofHours(2));
        Instant noticed = assessed.plus(Duration.ofHours(1));
        jdbc.sql("""
                insert into takedown_item (url_item_id, organisation_id, canonical_url, host, hosting_country, state,
                    first_reported_at, assessed_at, first_notice_at, removed_at)
                values (:id, :org, 'http://x.example/', 'x.example', :country, 'REMOVED', :reported, :assessed,
                    :noticed, :removed)""")
                .param("id", UUID.randomUUID())
                .param("org", UUID.randomUUID())
                .param("country", country)
                .param("reported", Timestamp.from(reported))
                .param("assessed", Timestamp.from(assessed))
                .param("noticed", Timestamp.from(noticed))
                .param("removed", Timestamp.from(noticed.plus(Duration.ofHours(noticeToRemovalHours))))
                .update();
    }

    @Test
    void supervisorSeesPercentilesAndSharesRemovedWithinOneThreeAndSevenDays() {
        String country = "GL";
        int[] hours = {10, 20, 30, 40, 50, 60, 70, 80, 90, 200};
        if (jdbc.sql("select count(*) from takedown_item where hosting_country = 'GL'")
                        .query(Integer.class)
                        .single()
                == 0) {
            for (int h : hours) {
                itemTakingHours(h, country);
            }
        }
        var api = new Api(port);
        var supervisor = api.createUser("hotline", "SUPERVISOR");

        var indicators = api.get("/api/v1/indicators/takedown?from=2001-01-01&to=2001-12-31", supervisor.token())
                .json();

        var greenland = indicators
                .get("byHostingCountry")
                .valueStream()
                .filter(group -> group.get("key").asString().equals(country))
                .findFirst()
                .orElseThrow();
        assertThat(greenland.get("noticeToRemoval").get("count").asInt()).isEqualTo(10);
        assertThat(greenland.get("noticeToRemoval").get("p50Hours").asDouble()).isEqualTo(55.0);
        assertThat(greenland.get("noticeToRemoval").get("p90Hours").asDouble()).isEqualTo(101.0);
        assertThat(greenland.get("removedWithin").get("within1Day").asDouble()).isEqualTo(0.2);
        assertThat(greenland.get("removedWithin").get("within3Days").asDouble()).isEqualTo(0.7);
        assertThat(greenland.get("removedWithin").get("within7Days").asDouble()).isEqualTo(0.9);
        assertThat(indicators.get("reportToAssessment").get("p50Hours").asDouble())
                .isEqualTo(2.0);
    }

    @Test
    void monitorsReadTakedownTimesOnlyThroughMonitoringWhereSmallCountsAreWithheld() {
        var api = new Api(port);
        var monitor = api.createUser("rapporteur-" + UUID.randomUUID(), "MONITOR");

        assertThat(api.get("/api/v1/indicators/takedown?from=2001-01-01&to=2001-12-31", monitor.token())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void indicatorsAreForSupervisorsNotForIndustry() {
        var api = new Api(port);
        var industry = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");

        assertThat(api.get("/api/v1/indicators/takedown?from=2001-01-01&to=2001-12-31", industry.token())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void supervisorsOpenTheIndicatorsPageFromTheirBar() {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser("hotline", "SUPERVISOR"));

        var page = browser.get("/staff/indicators", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(Jsoup.parse(page.body()).select("nav.staff-nav a#nav-indicators"))
                .isNotEmpty();
    }

    @Test
    void monitorsHaveNoUnsuppressedIndicatorsPageNorItsItemInTheirBar() {
        var browser = new Api(port);
        browser.signIn(new Api(port).createUser("rapporteur-" + UUID.randomUUID(), "MONITOR"));

        assertThat(browser.get("/staff/indicators", null).status()).isEqualTo(403);
        var home = browser.get("/staff", null);
        assertThat(home.status()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).select("nav.staff-nav a#nav-indicators"))
                .isEmpty();
    }

    @Test
    void badPeriodIsRefused() {
        var api = new Api(port);
        var supervisor = api.createUser("hotline", "SUPERVISOR");

        assertThat(api.get("/api/v1/indicators/takedown?from=2001-12-31&to=2001-01-01", supervisor.token())
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/indicators/takedown?from=yesterday&to=2001-01-01", supervisor.token())
                        .status())
                .isEqualTo(400);
    }
}
