package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A consent for one purpose, as it was given, and its withdrawal if it was withdrawn. It is in force from when it was
 * given until the end of its expiry day, unless it was withdrawn.
 */
record Consent(
        UUID id,
        UUID caseId,
        ConsentPurpose purpose,
        ConsentGiver givenBy,
        String recipientOrganisation,
        Instant givenAt,
        LocalDate expiresOn,
        String recordedBy,
        Instant withdrawnAt,
        String withdrawnBy) {

    /** Where a consent stands on a given day. */
    enum State {
        IN_FORCE,
        EXPIRED,
        WITHDRAWN;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    State stateOn(LocalDate today) {
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return State.EXPIRED;
        }
        return State.IN_FORCE;
    }

    boolean inForceOn(LocalDate today) {
        return stateOn(today) == State.IN_FORCE;
    }

    /**
     * Whether the consent allows this purpose for this recipient: a consent that names a recipient covers that
     * organisation only, one that names none covers the purpose whoever acts on it.
     */
    boolean covers(ConsentPurpose wanted, String recipient) {
        return purpose == wanted && Recipients.covers(recipientOrganisation, recipient);
    }

    Consent withdrawn(Instant at, String by) {
        return new Consent(id, caseId, purpose, givenBy, recipientOrganisation, givenAt, expiresOn, recordedBy, at, by);
    }

    /** The consent in words, for the case history. */
    String describe() {
        return purpose.code() + " given by " + givenBy.code()
                + (recipientOrganisation == null ? "" : " for " + recipientOrganisation)
                + " at " + givenAt
                + (expiresOn == null ? "" : ", expires " + expiresOn)
                + (withdrawnAt == null ? "" : ", withdrawn at " + withdrawnAt + " by " + withdrawnBy);
    }
}
