package org.protego.blocklist;

import java.time.Instant;
import java.util.UUID;

/** A site owner's appeal against an entry, and its decision. */
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
        String decision) {}
