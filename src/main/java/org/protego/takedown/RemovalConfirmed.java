package org.protego.takedown;

import java.time.Instant;
import java.util.UUID;

/**
 * An analyst confirmed that the content at a URL item was removed at its source.
 *
 * @param hostingCountry the ISO 3166 alpha-2 code of the country hosting the content, or null when unknown
 * @param firstNoticeAt when the first notice about the item was sent, or null when it was removed before any
 */
public record RemovalConfirmed(
        UUID urlItemId, String canonicalUrl, Instant removedAt, String hostingCountry, Instant firstNoticeAt) {}
