package org.protego.takedown;

import java.util.UUID;

/**
 * A partner hotline or law enforcement point of one country, added by an organisation, which alone changes it. Its
 * organisation's escalated notices of its kind for its country go to it only if it is marked as their recipient.
 */
public record Partner(
        UUID id,
        RecipientKind kind,
        String name,
        String contact,
        String country,
        String language,
        UUID organisationId,
        boolean recipientForCountry) {

    boolean belongsTo(UUID organisation) {
        return organisationId.equals(organisation);
    }

    Partner markedAsRecipient() {
        return withRecipientForCountry(true);
    }

    Partner unmarkedAsRecipient() {
        return withRecipientForCountry(false);
    }

    private Partner withRecipientForCountry(boolean recipient) {
        return new Partner(id, kind, name, contact, country, language, organisationId, recipient);
    }
}
