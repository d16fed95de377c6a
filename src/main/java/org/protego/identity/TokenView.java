package org.protego.identity;

import java.time.Instant;
import java.util.UUID;

/** An API token as an administrator sees it: never the token itself, which only its holder has. */
public record TokenView(
        UUID id, String label, Instant createdAt, Instant expiresAt, Instant revokedAt, boolean active) {}
