package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/** A supervisor's override of a missing consent, as the case shows it. */
public record ConsentOverrideView(
        UUID id,
        String purpose,
        String recipientOrganisation,
        String reason,
        String overriddenBy,
        Instant overriddenAt) {

    static ConsentOverrideView of(ConsentOverride override) {
        return new ConsentOverrideView(
                override.id(),
                override.purpose().code(),
                override.recipientOrganisation(),
                override.reason(),
                override.overriddenBy(),
                override.overriddenAt());
    }
}
