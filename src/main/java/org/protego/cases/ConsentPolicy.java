package org.protego.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.protego.shared.RefusedException;
import org.springframework.stereotype.Component;

/**
 * An action that needs the child's consent goes ahead only with a consent in force for its purpose (and recipient),
 * or with a supervisor's override for them. Callers inside the module have already checked that the case is visible
 * to the current staff member; other modules ask through {@link CaseConsents}.
 */
@Component
class ConsentPolicy {

    private final Consents consents;
    private final Clock clock;

    ConsentPolicy(Consents consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    /** Refuses with {@link CaseError#CONSENT_MISSING} (409) unless a consent or an override is in force. */
    void require(UUID caseId, ConsentPurpose purpose, String recipientOrganisation) {
        if (!inForce(caseId, purpose, recipientOrganisation)) {
            throw missing(purpose, recipientOrganisation);
        }
    }

    /** Whether a consent or a supervisor's override allows this purpose (for this recipient) today. */
    boolean inForce(UUID caseId, ConsentPurpose purpose, String recipientOrganisation) {
        return allows(
                consents.ofCase(caseId),
                consents.overridesOf(caseId),
                purpose,
                recipientOrganisation,
                clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** The rule itself, on what is recorded: some consent in force covers it, or some override does. */
    static boolean allows(
            List<Consent> given,
            List<ConsentOverride> overrides,
            ConsentPurpose purpose,
            String recipientOrganisation,
            LocalDate today) {
        return given.stream()
                        .anyMatch(consent -> consent.inForceOn(today) && consent.covers(purpose, recipientOrganisation))
                || overrides.stream().anyMatch(override -> override.covers(purpose, recipientOrganisation));
    }

    static RefusedException missing(ConsentPurpose purpose, String recipientOrganisation) {
        RefusedException refused = new RefusedException(
                        CaseError.CONSENT_MISSING,
                        purpose.code(),
                        recipientOrganisation == null ? "-" : recipientOrganisation)
                .with("purpose", purpose.code());
        return recipientOrganisation == null ? refused : refused.with("recipientOrganisation", recipientOrganisation);
    }
}
