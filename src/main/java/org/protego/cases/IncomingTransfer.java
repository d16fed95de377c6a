package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A case another organisation asks the caller's organisation to take over. Until it is accepted this is all the
 * receiving organisation learns: nothing about the child.
 */
public record IncomingTransfer(
        UUID transferId, String caseNumber, String fromOrganisation, Instant requestedAt, String reason) {}
