package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The escalation ladder as configured, read and climbed without Spring. */
class EscalationLadderTest {

    static final EscalationLadder LADDER = EscalationLadder.parse(
            "PROVIDER/PT24H, PROVIDER/PT24H, UPSTREAM/PT48H, PARTNER_HOTLINE/PT72H, LAW_ENFORCEMENT/PT168H");

    @Test
    void readsEachRungsRecipientAndWait() {
        assertThat(LADDER.recipients())
                .containsExactly(
                        RecipientKind.PROVIDER,
                        RecipientKind.PROVIDER,
                        RecipientKind.UPSTREAM,
                        RecipientKind.PARTNER_HOTLINE,
                        RecipientKind.LAW_ENFORCEMENT);
        assertThat(LADDER.rung(3).orElseThrow().waitBeforeNext()).isEqualTo(Duration.ofHours(72));
        assertThat(LADDER.rung(5)).isEmpty();
    }

    @Test
    void refusesALadderWithoutRungs() {
        assertThatIllegalArgumentException().isThrownBy(() -> EscalationLadder.parse(" "));
    }

    @Test
    void refusesARungThatIsNotKindSlashDuration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EscalationLadder.parse("PROVIDER PT24H"))
                .withMessageContaining("PROVIDER PT24H");
    }

    @Test
    void refusesAnUnknownRecipientKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EscalationLadder.parse("PROVIDER/PT24H,POLICE/PT24H"))
                .withMessageContaining("POLICE/PT24H");
    }

    @Test
    void refusesAWaitThatIsNoDuration() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EscalationLadder.parse("PROVIDER/24h"))
                .withMessageContaining("PROVIDER/24h");
    }

    @Test
    void refusesANegativeWait() {
        assertThatIllegalArgumentException().isThrownBy(() -> EscalationLadder.parse("PROVIDER/-PT1H"));
    }

    @Test
    void aRecipientsFirstNoticeStartsOnItsLowestRung() {
        assertThat(LADDER.firstRungFor(RecipientKind.PROVIDER)).isZero();
        assertThat(LADDER.firstRungFor(RecipientKind.UPSTREAM)).isEqualTo(2);
        assertThat(LADDER.firstRungFor(RecipientKind.LAW_ENFORCEMENT)).isEqualTo(4);
    }

    @Test
    void aRecipientTheLadderDoesNotNameStartsAtTheBottom() {
        assertThat(EscalationLadder.parse("PROVIDER/PT24H").firstRungFor(RecipientKind.LAW_ENFORCEMENT))
                .isZero();
    }

    @Test
    void theNextRungIsDueAfterTheWaitOfTheRungANoticeWentOutOn() {
        Instant sent = Instant.parse("2026-03-01T10:00:00Z");

        assertThat(LADDER.nextStepDueAt(2, sent)).contains(sent.plus(Duration.ofHours(48)));
    }

    @Test
    void nothingIsDueAfterTheTopRung() {
        assertThat(LADDER.nextStepDueAt(4, Instant.now())).isEmpty();
    }

    @Test
    void escalationLooksAtTheRungsAboveLowestFirst() {
        assertThat(LADDER.stepsAbove(1)).containsExactly(2, 3, 4);
        assertThat(LADDER.stepsAbove(4)).isEmpty();
    }
}
