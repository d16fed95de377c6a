package org.protego.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A staff user as an administrator sees it; no secret is ever part of it. {@code enrolmentOpenUntil} is set while
 * an enrolment code waits to be used; {@code team} is null while the user belongs to no team.
 */
public record UserView(
        UUID id,
        String username,
        String organisation,
        String team,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        boolean enrolled,
        Instant enrolmentOpenUntil,
        int activeTokens) {}
