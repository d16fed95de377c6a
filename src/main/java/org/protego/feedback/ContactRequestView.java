package org.protego.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A child's request to be contacted, as the case's workers see it: the service it is about and what the child said.
 *
 * @param language the language the child answered in
 */
public record ContactRequestView(
        UUID id,
        UUID referralId,
        String serviceName,
        String language,
        Integer treated,
        Integer safe,
        Integer helped,
        String recommend,
        String comment,
        Instant requestedAt,
        Instant handledAt,
        String handledBy) {

    public boolean handled() {
        return handledAt != null;
    }
}
