package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent as staff who may see the case read it.
 *
 * @param state {@code in_force}, {@code expired} or {@code withdrawn}, as of today
 */
public record ConsentView(
        UUID id,
        String purpose,
        String givenBy,
        String recipientOrganisation,
        Instant givenAt,
        LocalDate expiresOn,
        String recordedBy,
        boolean inForce,
        String state,
        Instant withdrawnAt,
        String withdrawnBy) {

    static ConsentView of(Consent consent, LocalDate today) {
        return new ConsentView(
                consent.id(),
                consent.purpose().code(),
                consent.givenBy().code(),
                consent.recipientOrganisation(),
                consent.givenAt(),
                consent.expiresOn(),
                consent.recordedBy(),
                consent.inForceOn(today),
                consent.stateOn(today).code(),
                consent.withdrawnAt(),
                consent.withdrawnBy());
    }
}
