package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A referral left unanswered is overdue, reminded, then escalated to the sending team's supervisor on the caseload
 * overview. The clock is run directly at chosen times; nothing waits.
 */
@ProtegoTest
class ReferralClockTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferralReminders reminders;

    ReferralSetUp setUp;
    String referralId;
    Instant sentAt;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
        referralId = setUp.referredToTheShelter("immediate");
        sentAt = jdbc.sql("select sent_at from referrals_referral where id = :id")
                .param("id", UUID.fromString(referralId))
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    /** Moves the referral's clock back as if it had been sent some hours ago. */
    void sentHoursAgo(int hours) {
        jdbc.sql("update referrals_referral set sent_at = sent_at - make_interval(hours => :h),"
                        + " due_at = due_at - make_interval(hours => :h) where id = :id")
                .param("h", hours)
                .param("id", UUID.fromString(referralId))
                .update();
    }

    JsonNode referralLine(JsonNode overdue) {
        return overdue.valueStream()
                .filter(line -> line.get("caseId").asString().equals(setUp.caseId))
                .filter(line -> line.get("kind").asString().equals("referral"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void anImmediateReferralUnansweredForTwoHoursIsRemindedAndCountedForTheService() {
        reminders.remindAndEscalate(sentAt.plus(Duration.ofHours(1)));
        assertThat(setUp.view(setUp.caseWorker, referralId)
                        .json()
                        .get("remindedAt")
                        .isNull())
                .isTrue();

        sentHoursAgo(3);
        reminders.remindAndEscalate(Instant.now());

        JsonNode referral = setUp.view(setUp.caseWorker, referralId).json();
        assertThat(referral.get("overdue").asBoolean()).isTrue();
        assertThat(referral.get("remindedAt").isNull()).isFalse();
        assertThat(referral.get("escalatedAt").isNull()).isTrue();
        assertThat(setUp.api
                        .get("/api/v1/audit/entries?subjectId=" + referralId, setUp.api.adminToken())
                        .json()
                        .findValuesAsString("action"))
                .contains("referral.reminded");
        assertThat(referralLine(setUp.api
                        .get("/api/v1/cases/overdue", setUp.supervisor.token())
                        .json()))
                .isNull();
    }

    @Test
    void stillUnansweredTwoHoursAfterTheReminderItEscalatesToTheTeamsSupervisor() {
        sentHoursAgo(3);
        reminders.remindAndEscalate(Instant.now());
        reminders.remindAndEscalate(Instant.now().plus(Duration.ofHours(2)));

        JsonNode referral = setUp.view(setUp.caseWorker, referralId).json();
        assertThat(referral.get("escalatedAt").isNull()).isFalse();
        JsonNode line = referralLine(
                setUp.api.get("/api/v1/cases/overdue", setUp.supervisor.token()).json());
        assertThat(line).isNotNull();
        assertThat(line.get("caseNumber").asString()).startsWith("C-");
    }

    @Test
    void anEscalationReachesNoSupervisorOfAnotherTeamAndLeavesTheOverviewOnceAnswered() {
        sentHoursAgo(3);
        reminders.remindAndEscalate(Instant.now());
        reminders.remindAndEscalate(Instant.now().plus(Duration.ofHours(2)));
        Api.StaffUser otherTeam = setUp.api.createUserInTeam(setUp.organisation, "south", "SUPERVISOR");

        assertThat(referralLine(setUp.api
                        .get("/api/v1/cases/overdue", otherTeam.token())
                        .json()))
                .isNull();

        setUp.move(setUp.shelterStaff, referralId, "accept", java.util.Map.of());
        assertThat(referralLine(setUp.api
                        .get("/api/v1/cases/overdue", setUp.supervisor.token())
                        .json()))
                .isNull();
    }
}
