package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.ConflictException;

/** A referral's moves, its clock, and the end of the receiver's access when it closes; no Spring, no database. */
class ReferralTest {

    static final Instant SENT_AT = Instant.parse("2026-03-02T08:00:00Z");

    static final ReferralSettings SETTINGS = new ReferralSettings(
            new ReferralSettings.Immediate(Duration.ofHours(2), Duration.ofHours(12), Duration.ofHours(2)),
            new ReferralSettings.High(Duration.ofDays(1), Duration.ofDays(3), Duration.ofHours(12)),
            new ReferralSettings.Normal(Duration.ofDays(3), Duration.ofDays(14), Duration.ofDays(2)),
            Duration.ofDays(90),
            Duration.ofMinutes(5));

    static Referral sent(Urgency urgency) {
        return Referral.send(
                new Referral.Facts(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "C-2026-000001",
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "Safe House for Girls",
                        "shelter",
                        "social_welfare",
                        urgency,
                        List.of("givenName", "age"),
                        "female",
                        "10-14"),
                "Needs a safe place tonight",
                Map.of("givenName", "Malee", "age", 14),
                SENT_AT,
                SETTINGS);
    }

    @Test
    void aSentReferralIsDueForAnAnswerByItsUrgencysDeadline() {
        assertThat(sent(Urgency.IMMEDIATE).due().dueAt()).isEqualTo(SENT_AT.plus(Duration.ofHours(2)));
        assertThat(sent(Urgency.HIGH).due().dueAt()).isEqualTo(SENT_AT.plus(Duration.ofDays(1)));
        assertThat(sent(Urgency.NORMAL).due().dueAt()).isEqualTo(SENT_AT.plus(Duration.ofDays(3)));
    }

    @Test
    void acceptingAndStartingEachStartTheNextStepsClock() {
        Instant acceptedAt = SENT_AT.plus(Duration.ofHours(1));
        Instant startedAt = acceptedAt.plus(Duration.ofHours(5));

        Referral accepted = sent(Urgency.IMMEDIATE).accept(acceptedAt, SETTINGS);
        Referral started = accepted.start(startedAt, SETTINGS);

        assertThat(accepted.state()).isEqualTo(ReferralState.ACCEPTED);
        assertThat(accepted.due().dueAt()).isEqualTo(acceptedAt.plus(Duration.ofHours(12)));
        assertThat(started.state()).isEqualTo(ReferralState.STARTED);
        assertThat(started.due().dueAt()).isEqualTo(startedAt.plus(Duration.ofDays(90)));
        assertThat(started.steps().acceptedAt()).isEqualTo(acceptedAt);
        assertThat(started.confidential().shared()).containsEntry("givenName", "Malee");
    }

    @Test
    void completingKeepsTheFeedbackAndEveryTimeButRemovesTheReasonAndTheSharedValues() {
        Instant at = SENT_AT.plus(Duration.ofDays(10));
        Referral completed = sent(Urgency.HIGH)
                .accept(SENT_AT.plusSeconds(60), SETTINGS)
                .start(SENT_AT.plusSeconds(120), SETTINGS)
                .complete("Stayed three weeks; back at school.", at);

        assertThat(completed.state()).isEqualTo(ReferralState.COMPLETED);
        assertThat(completed.steps().providerFeedback()).isEqualTo("Stayed three weeks; back at school.");
        assertThat(completed.steps().completedAt()).isEqualTo(at);
        assertThat(completed.steps().sentAt()).isEqualTo(SENT_AT);
        assertThat(completed.confidential().removed()).isTrue();
        assertThat(completed.due()).isEqualTo(Referral.Due.NONE);
        assertThat(completed.facts().sharedFields()).containsExactly("givenName", "age");
    }

    @Test
    void decliningClosesTheReferralWithItsReasonCodeAndEndsTheReceiversAccess() {
        Referral declined = sent(Urgency.NORMAL).decline(DeclineReason.NO_CAPACITY, "Full until May", SENT_AT);

        assertThat(declined.state()).isEqualTo(ReferralState.DECLINED);
        assertThat(declined.steps().declineReason()).isEqualTo(DeclineReason.NO_CAPACITY);
        assertThat(declined.steps().declineNote()).isEqualTo("Full until May");
        assertThat(declined.confidential().removed()).isTrue();
    }

    @Test
    void theSenderMayCancelAnOpenReferralButNotAClosedOne() {
        Referral cancelled = sent(Urgency.NORMAL).accept(SENT_AT, SETTINGS).cancel("Family found", SENT_AT);

        assertThat(cancelled.state()).isEqualTo(ReferralState.CANCELLED);
        assertThat(cancelled.steps().cancelReason()).isEqualTo("Family found");
        assertThat(cancelled.confidential().removed()).isTrue();
        assertThatThrownBy(() -> cancelled.cancel("again", SENT_AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("referral-state-forbids")
                .hasMessageContaining("cancelled");
    }

    @Test
    void aMoveTheStateDoesNotAllowIsRefusedNamingTheState() {
        Referral referral = sent(Urgency.HIGH);

        assertThatThrownBy(() -> referral.start(SENT_AT, SETTINGS))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("sent");
        assertThatThrownBy(() -> referral.complete("done", SENT_AT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> referral.accept(SENT_AT, SETTINGS).decline(DeclineReason.OTHER, null, SENT_AT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("accepted");
    }

    @Test
    void aStepPastItsDeadlineIsOverdueAndGetsOneReminder() {
        Referral referral = sent(Urgency.IMMEDIATE);
        Instant late = SENT_AT.plus(Duration.ofHours(3));

        assertThat(referral.overdue(SENT_AT.plus(Duration.ofHours(1)))).isFalse();
        assertThat(referral.remindedIfDue(SENT_AT.plus(Duration.ofHours(1)))).isEmpty();
        Referral reminded = referral.remindedIfDue(late).orElseThrow();

        assertThat(reminded.overdue(late)).isTrue();
        assertThat(reminded.due().remindedAt()).isEqualTo(late);
        assertThat(reminded.remindedIfDue(late.plusSeconds(600))).isEmpty();
    }

    @Test
    void anOverdueStepEscalatesOnceItsEscalationDelayHasPassedAfterTheReminder() {
        Referral reminded = sent(Urgency.IMMEDIATE)
                .remindedIfDue(SENT_AT.plus(Duration.ofHours(3)))
                .orElseThrow();

        assertThat(reminded.escalatedIfDue(SENT_AT.plus(Duration.ofHours(3)), SETTINGS))
                .isEmpty();
        Referral escalated = reminded.escalatedIfDue(SENT_AT.plus(Duration.ofHours(4)), SETTINGS)
                .orElseThrow();

        assertThat(escalated.due().escalatedAt()).isEqualTo(SENT_AT.plus(Duration.ofHours(4)));
        assertThat(escalated.escalatedIfDue(SENT_AT.plus(Duration.ofHours(9)), SETTINGS))
                .isEmpty();
    }

    @Test
    void aMoveStartsAFreshClockWithoutTheLastStepsReminder() {
        Referral reminded = sent(Urgency.IMMEDIATE)
                .remindedIfDue(SENT_AT.plus(Duration.ofHours(3)))
                .orElseThrow();

        Referral accepted = reminded.accept(SENT_AT.plus(Duration.ofHours(3)), SETTINGS);

        assertThat(accepted.due().remindedAt()).isNull();
        assertThat(accepted.overdue(SENT_AT.plus(Duration.ofHours(4)))).isFalse();
    }

    @Test
    void aClosedReferralIsNeverOverdue() {
        Referral declined = sent(Urgency.IMMEDIATE).decline(DeclineReason.OUTSIDE_AREA, null, SENT_AT);

        assertThat(declined.overdue(SENT_AT.plus(Duration.ofDays(400)))).isFalse();
        assertThat(declined.remindedIfDue(SENT_AT.plus(Duration.ofDays(400)))).isEmpty();
    }

    @Test
    void aCaseThatClosesCancelsTheReferralWithoutASendersReason() {
        Referral cancelled = sent(Urgency.HIGH).cancelBecauseCaseClosed(SENT_AT);

        assertThat(cancelled.state()).isEqualTo(ReferralState.CANCELLED);
        assertThat(cancelled.steps().cancelReason()).isNull();
        assertThat(cancelled.confidential().removed()).isTrue();
    }

    @Test
    void settingsRefuseADeadlineThatIsNotPositive() {
        assertThatThrownBy(() -> new ReferralSettings(
                        new ReferralSettings.Immediate(Duration.ZERO, Duration.ofHours(12), Duration.ofHours(2)),
                        SETTINGS.high(),
                        SETTINGS.normal(),
                        Duration.ofDays(90),
                        Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("protego.referrals.immediate.accept-within");
    }
}
