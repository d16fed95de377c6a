package org.protego.takedown;

import java.time.Instant;
import java.util.UUID;

/** An analyst confirmed that the content at a URL item was removed at its source. */
public record RemovalConfirmed(UUID urlItemId, String canonicalUrl, Instant removedAt) {}
