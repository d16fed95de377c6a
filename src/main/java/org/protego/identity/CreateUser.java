package org.protego.identity;

import java.util.List;

/**
 * Creates a staff user in an organisation, which is created too if none has that name. Roles are given by name
 * ({@link Role}), so that an unknown one is refused like any other invalid field; {@code team} is the team within
 * the organisation, null or blank for none.
 */
public record CreateUser(String username, List<String> roles, String organisation, String team) {

    /** A user who belongs to no team. */
    public CreateUser(String username, List<String> roles, String organisation) {
        this(username, roles, organisation, null);
    }
}
