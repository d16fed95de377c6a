package org.protego.identity;

import java.util.Set;

/** Creates a staff user in an organisation, which is created too if none has that name. */
public record CreateUser(String username, String password, Set<Role> roles, String organisation) {}
