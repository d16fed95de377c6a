package org.protego.takedown;

import java.util.UUID;

/**
 * A hosting provider in the directory, with the abuse contact notices go to; added by an organisation, which alone
 * changes it, and read by every analyst.
 */
public record Provider(
        UUID id,
        String name,
        String abuseContact,
        String country,
        String language,
        UUID upstreamId,
        UUID organisationId) {}
