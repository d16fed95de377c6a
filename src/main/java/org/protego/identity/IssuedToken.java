package org.protego.identity;

import java.time.Instant;
import java.util.UUID;

/** A new API token, shown this once; only its hash is stored. */
public record IssuedToken(UUID id, String token, Instant expiresAt) {}
