package org.protego.cases;

import java.util.UUID;

/** A staff member acting on a determination: who, and whether they hold the supervisor's role panels need. */
record Panelist(UUID userId, String username, boolean supervisor) {}
