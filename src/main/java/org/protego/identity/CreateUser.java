package org.protego.identity;

import java.util.List;

/**
 * Creates a staff user in an organisation, which is created too if none has that name. Roles are given by name
 * ({@link Role}), so that an unknown one is refused like any other invalid field.
 */
public record CreateUser(String username, List<String> roles, String organisation) {}
