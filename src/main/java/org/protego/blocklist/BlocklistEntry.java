package org.protego.blocklist;

import java.util.UUID;

/** An entry as analysts see it; ISPs only ever see its digest, or its domain in the policy zone. */
public record BlocklistEntry(
        long id,
        EntryKind kind,
        UUID urlItemId,
        String expression,
        String domain,
        String digest,
        EntryState state,
        Long addedInVersion,
        Long removedInVersion) {}
