package org.protego.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A new user, with the one-time code the user enrols with; the code is never shown again. Nobody knows the user's
 * password or TOTP secret until the user sets them. {@code team} is null for a user in no team.
 */
public record CreatedUser(
        UUID id,
        String username,
        String organisation,
        String team,
        Set<Role> roles,
        String enrolmentCode,
        Instant enrolmentExpiresAt) {}
