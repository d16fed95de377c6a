package org.protego.blocklist;

import java.time.Instant;
import java.util.UUID;

/** A site owner's appeal against an entry, and its decision; it belongs to the organisation that owns the list. */
public record Appeal(
        UUID id,
        long entryId,
        String appellant,
        String grounds,
        String state,
        String recordedBy,
        Instant recordedAt,
        String decidedBy,
        Instant decidedAt,
        String decision,
        UUID organisationId) {}
