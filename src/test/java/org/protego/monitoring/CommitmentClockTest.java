package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An overdue commitment's owner is reminded, and the commitment counts beside Monitoring for monitors and for the
 * owner's supervisors until it is met. The clock is run directly at chosen times; nothing waits.
 */
@ProtegoTest
class CommitmentClockTest {

    static final String CODE = "GVA-ISD-10";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommitmentReminders reminders;

    Api api;
    String organisation;
    Api.StaffUser supervisor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        organisation = "Child protection agency " + UUID.randomUUID().toString().substring(0, 8);
        supervisor = api.createUser(organisation, "SUPERVISOR");
        api.putJson("/api/v1/commitments/" + CODE + "/owner", api.adminToken(), Map.of("organisation", organisation));
        jdbc.sql("update monitoring_commitment set status = 'not_yet_assessed', met_on = null, reminded_at = null"
                        + " where code = :code")
                .param("code", CODE)
                .update();
    }

    Instant remindedAt() {
        OffsetDateTime at = jdbc.sql("select reminded_at from monitoring_commitment where code = :code")
                .param("code", CODE)
                .query(OffsetDateTime.class)
                .optional()
                .orElse(null);
        return at == null ? null : at.toInstant();
    }

    /** The number beside Monitoring on the member's start page, or null where the item has none. */
    String countFor(Api.StaffUser user) {
        Api session = new Api(port);
        session.signIn(user);
        Element count = Jsoup.parse(session.get("/staff", null).body()).selectFirst("#nav-monitoring .count");
        return count == null ? null : count.text();
    }

    @Test
    void anOverdueCommitmentIsRemindedAndCountedForItsOwnersSupervisors() {
        Instant now = Instant.parse("2026-06-01T08:00:00Z");

        reminders.remind(now);

        assertThat(remindedAt()).isEqualTo(now);
        assertThat(api.get("/api/v1/audit/entries?subjectId=" + CODE, api.adminToken())
                        .json()
                        .findValuesAsString("action"))
                .contains("commitment.reminded");
        assertThat(countFor(supervisor)).isEqualTo("1 overdue");
    }

    @Test
    void anotherOrganisationsSupervisorCountsNone() {
        reminders.remind(Instant.parse("2026-06-01T08:00:00Z"));

        assertThat(countFor(api.createUser("Unrelated " + organisation, "SUPERVISOR")))
                .isEqualTo("0 overdue");
    }

    @Test
    void theOwnerIsRemindedAgainOnlyAfterTheReminderInterval() {
        Instant first = Instant.parse("2026-06-01T08:00:00Z");
        reminders.remind(first);

        reminders.remind(first.plus(Duration.ofDays(10)));
        assertThat(remindedAt()).isEqualTo(first);

        reminders.remind(first.plus(Duration.ofDays(30)));
        assertThat(remindedAt()).isEqualTo(first.plus(Duration.ofDays(30)));
    }

    @Test
    void aMetCommitmentIsNoLongerCounted() {
        reminders.remind(Instant.parse("2026-06-01T08:00:00Z"));
        Api.StaffUser monitor = api.createUser("Monitoring body", "MONITOR");

        api.putJson(
                "/api/v1/commitments/" + CODE + "/assessment",
                monitor.token(),
                Map.of("status", "met", "metOn", "2011-05-01"));

        assertThat(remindedAt()).isNull();
        assertThat(countFor(supervisor)).isEqualTo("0 overdue");
        reminders.remind(Instant.parse("2026-06-02T08:00:00Z"));
        assertThat(remindedAt()).isNull();
    }
}
