package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProtegoTest
class HelplineTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void operatorRecordsAPhoneCallAndGivesTheCallerAReference() {
        var admin = new Api(port);
        var operator = admin.createUser("helpline-" + UUID.randomUUID(), "HELPLINE_OPERATOR");
        var browser = new Api(port);
        browser.signIn(operator);

        var done = browser.postForm(
                "/staff/helpline/reports/new",
                "/staff/helpline/reports/new",
                Map.of(
                        "channel",
                        "PHONE",
                        "category",
                        "trafficking",
                        "description",
                        "Caller saw children taken across the border",
                        "submissionToken",
                        UUID.randomUUID().toString()));

        assertThat(done.status()).isEqualTo(200);
        String reference = ReportFormTest.referenceIn(done.body());
        var stored = jdbc.sql(
                        "select channel, recorded_by, organisation_id::text from reports_report where reference = :r")
                .param("r", reference)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(stored[0]).isEqualTo("PHONE");
        assertThat(stored[1]).isEqualTo(operator.username());
        String hotline = jdbc.sql("select id::text from identity_organisation where name = 'hotline'")
                .query(String.class)
                .single();
        assertThat(stored[2]).as("received by the hotline").isEqualTo(hotline);
    }

    @Test
    void aRefusedContactComesBackWithWhatWasTypedAndEachProblemBesideItsField() {
        var admin = new Api(port);
        var operator = admin.createUser("helpline-" + UUID.randomUUID(), "HELPLINE_OPERATOR");
        var browser = new Api(port);
        browser.signIn(operator);
        String description = "Caller describes a man near the school " + UUID.randomUUID();

        var refused = browser.postForm(
                "/staff/helpline/reports/new",
                "/staff/helpline/reports/new",
                Map.of(
                        "channel",
                        "CHAT",
                        "category",
                        "child_sexual_abuse_material",
                        "urls",
                        "http://fine.example/ok\njavascript:alert(1)",
                        "description",
                        description,
                        "submissionToken",
                        UUID.randomUUID().toString()));

        assertThat(refused.status()).isBetween(302, 303);
        var form = Jsoup.parse(browser.get(refused.header("Location"), null).body());
        assertThat(form.select("#problems").text()).isNotBlank();
        assertThat(form.select("#urls-errors").text()).contains("2");
        assertThat(form.select("#urls").text()).contains("http://fine.example/ok");
        assertThat(form.select("#description").text()).isEqualTo(description);
        assertThat(form.select("#channel option[selected]").attr("value")).isEqualTo("CHAT");
        assertThat(jdbc.sql("select count(*) from reports_report where recorded_by = :operator")
                        .param("operator", operator.username())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void analystCannotRecordHelplineContacts() {
        var admin = new Api(port);
        var analyst = admin.createUser("hotline", "ANALYST");
        var browser = new Api(port);
        browser.signIn(analyst);

        var refused = browser.postForm(
                "/staff/helpline/reports/new",
                "/staff/helpline/reports/new",
                Map.of(
                        "channel",
                        "PHONE",
                        "category",
                        "other",
                        "description",
                        "x",
                        "submissionToken",
                        UUID.randomUUID().toString()));

        assertThat(refused.status()).isEqualTo(403);
    }
}
