package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.RefusedException;

/** When a consent is in force, and what it allows: the rule alone, without Spring or a database. */
class ConsentRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 10);
    static final UUID CASE = UUID.randomUUID();

    static Consent consent(ConsentPurpose purpose, String recipient, LocalDate expiresOn) {
        return new Consent(
                UUID.randomUUID(),
                CASE,
                purpose,
                ConsentGiver.CHILD,
                recipient,
                Instant.parse("2026-05-01T10:00:00Z"),
                expiresOn,
                "worker",
                null,
                null);
    }

    @Test
    void aConsentWithoutExpiryIsInForceUntilWithdrawn() {
        Consent consent = consent(ConsentPurpose.SERVICES, null, null);

        assertThat(consent.inForceOn(TODAY)).isTrue();
        assertThat(consent.withdrawn(Instant.parse("2026-05-09T10:00:00Z"), "worker")
                        .stateOn(TODAY))
                .isEqualTo(Consent.State.WITHDRAWN);
    }

    @Test
    void aConsentIsInForceOnItsLastDayAndExpiredTheDayAfter() {
        Consent consent = consent(ConsentPurpose.SERVICES, null, TODAY);

        assertThat(consent.stateOn(TODAY)).isEqualTo(Consent.State.IN_FORCE);
        assertThat(consent.stateOn(TODAY.plusDays(1))).isEqualTo(Consent.State.EXPIRED);
        assertThat(consent.inForceOn(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void aWithdrawnConsentStaysWithdrawnEvenAfterItWouldHaveExpired() {
        Consent withdrawn = consent(ConsentPurpose.SERVICES, null, TODAY)
                .withdrawn(Instant.parse("2026-05-02T10:00:00Z"), "worker");

        assertThat(withdrawn.stateOn(TODAY.plusDays(30))).isEqualTo(Consent.State.WITHDRAWN);
    }

    @Test
    void sharingConsentCoversOnlyTheNamedOrganisationWhateverItsSpelling() {
        Consent consent = consent(ConsentPurpose.INFORMATION_SHARING, "Safe Home  Foundation", null);

        assertThat(consent.covers(ConsentPurpose.INFORMATION_SHARING, " safe home foundation"))
                .isTrue();
        assertThat(consent.covers(ConsentPurpose.INFORMATION_SHARING, "Another Shelter"))
                .isFalse();
        assertThat(consent.covers(ConsentPurpose.INFORMATION_SHARING, null)).isFalse();
        assertThat(consent.covers(ConsentPurpose.SERVICES, "Safe Home Foundation"))
                .isFalse();
    }

    @Test
    void aConsentNamingNoRecipientCoversItsPurposeForAnyone() {
        Consent consent = consent(ConsentPurpose.CROSS_BORDER_TRANSFER, null, null);

        assertThat(consent.covers(ConsentPurpose.CROSS_BORDER_TRANSFER, "Receiving Agency"))
                .isTrue();
        assertThat(consent.covers(ConsentPurpose.STATISTICS, null)).isFalse();
    }

    @Test
    void thePolicyAllowsOnlyWithAConsentInForceForThePurpose() {
        List<Consent> given = List.of(
                consent(ConsentPurpose.SERVICES, null, TODAY.minusDays(1)),
                consent(ConsentPurpose.STATISTICS, null, null));

        assertThat(ConsentPolicy.allows(given, List.of(), ConsentPurpose.SERVICES, null, TODAY))
                .isFalse();
        assertThat(ConsentPolicy.allows(given, List.of(), ConsentPurpose.STATISTICS, null, TODAY))
                .isTrue();
        assertThat(ConsentPolicy.allows(List.of(), List.of(), ConsentPurpose.SERVICES, null, TODAY))
                .isFalse();
    }

    @Test
    void aSupervisorsOverrideAllowsThePurposeItNamesWithoutConsent() {
        ConsentOverride override = new ConsentOverride(
                UUID.randomUUID(),
                CASE,
                ConsentPurpose.INFORMATION_SHARING,
                "Police Child Unit",
                "The child is in immediate danger.",
                "supervisor",
                Instant.parse("2026-05-09T10:00:00Z"));

        assertThat(ConsentPolicy.allows(
                        List.of(), List.of(override), ConsentPurpose.INFORMATION_SHARING, "police child unit", TODAY))
                .isTrue();
        assertThat(ConsentPolicy.allows(
                        List.of(), List.of(override), ConsentPurpose.INFORMATION_SHARING, "Another Agency", TODAY))
                .isFalse();
        assertThat(ConsentPolicy.allows(List.of(), List.of(override), ConsentPurpose.SERVICES, null, TODAY))
                .isFalse();
    }

    @Test
    void theRefusalNamesTheMissingPurposeAndRecipient() {
        RefusedException refused = ConsentPolicy.missing(ConsentPurpose.INFORMATION_SHARING, "Safe Home");

        assertThat(refused.error()).isEqualTo(CaseError.CONSENT_MISSING);
        assertThat(refused.error().status().value()).isEqualTo(409);
        assertThat(refused.arguments()).containsExactly("information_sharing", "Safe Home");
        assertThatThrownBy(() -> {
                    throw ConsentPolicy.missing(ConsentPurpose.SERVICES, null);
                })
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("case-consent-missing");
    }
}
