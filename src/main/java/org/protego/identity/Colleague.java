package org.protego.identity;

import java.util.UUID;

/** A staff member as other modules name them, for assigning work: who they are and their team, null for none. */
public record Colleague(UUID userId, String username, String team) {}
