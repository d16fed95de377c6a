package org.protego.directory;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A service as the directory stores it: its HSDS document, the organisation it belongs to, and the columns rebuilt from
 * the document, which say its sexes and referral types as the directory understood them.
 *
 * @param organisationId the Protego organisation whose service-provider staff keep the service
 * @param organisation the HSDS organization the service belongs to
 * @param sexes the sexes it is restricted to; empty when it is open to every sex
 * @param needs the referral types it accepts
 */
record StoredService(
        UUID id,
        UUID organisationId,
        String organisationName,
        String status,
        String name,
        List<String> sexes,
        List<String> languages,
        List<String> needs,
        JsonNode document,
        JsonNode organisation) {

    StoredService {
        sexes = List.copyOf(sexes);
        languages = List.copyOf(languages);
        needs = List.copyOf(needs);
    }
}
