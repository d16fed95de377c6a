package org.protego.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A new user, with the one-time code the user enrols with; the code is never shown again. Nobody knows the user's
 * password or TOTP secret until the user sets them.
 */
public record CreatedUser(
        UUID id,
        String username,
        String organisation,
        Set<Role> roles,
        String enrolmentCode,
        Instant enrolmentExpiresAt) {}
