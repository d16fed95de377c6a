package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An international instrument: its international facts as shipped (adopted or opened for signature, entry into force)
 * and the State's facts as monitors recorded them.
 *
 * @param region the region a regional instrument belongs to, or null for a universal one
 * @param namedIn where the documents name it
 */
record InstrumentView(
        String code,
        String title,
        String shortTitle,
        String body,
        String treatyReference,
        LocalDate adoptedOn,
        LocalDate inForceOn,
        String region,
        String namedIn,
        String sourceUrl,
        StateFacts state,
        String updatedBy,
        Instant updatedAt,
        long version) {

    /**
     * What the State did about the instrument.
     *
     * @param consentType ratification, accession, acceptance, approval or succession
     * @param asOf the day the facts were true, as the source says
     * @param source where they come from, such as the UN Treaty Collection
     */
    record StateFacts(
            LocalDate signedOn,
            LocalDate consentOn,
            String consentType,
            String reservations,
            String declarations,
            LocalDate inForceForStateOn,
            LocalDate asOf,
            String source) {}

    /** The State's facts as a monitor enters them; {@code version}, when given, must be the current one. */
    record FactsChange(
            String signedOn,
            String consentOn,
            String consentType,
            String reservations,
            String declarations,
            String inForceForStateOn,
            String asOf,
            String source,
            Long version) {}

    /** One change of the State's facts: when, by whom, and the facts as they became (JSON). */
    record Change(Instant at, String by, String facts) {}
}
