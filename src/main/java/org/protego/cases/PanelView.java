package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/** One panel member's view on a determination, with the reasoning behind it. */
record PanelView(UUID panelistId, String panelist, PanelPosition position, String reasoning, Instant recordedAt) {}
