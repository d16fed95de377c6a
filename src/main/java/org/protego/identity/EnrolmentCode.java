package org.protego.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code with which a user sets their own password and TOTP secret at {@code /enrol}; it is shown this once
 * and only its hash is stored.
 */
public record EnrolmentCode(UUID userId, String code, Instant expiresAt) {}
