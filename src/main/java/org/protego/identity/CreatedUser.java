package org.protego.identity;

import java.util.Set;
import java.util.UUID;

/** A new user, with the TOTP secret to enrol in an authenticator app; the secret is never shown again. */
public record CreatedUser(
        UUID id, String username, String organisation, Set<Role> roles, String totpSecret, String otpauthUri) {}
