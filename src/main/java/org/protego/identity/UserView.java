package org.protego.identity;

import java.util.Set;
import java.util.UUID;

/** A staff user as an administrator sees it; no secret is ever part of it. */
public record UserView(
        UUID id,
        String username,
        String organisation,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        int activeTokens) {}
