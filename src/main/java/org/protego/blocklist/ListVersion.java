package org.protego.blocklist;

import java.time.Instant;

/** One version of the block list, with the digests and signatures of its two published files. */
public record ListVersion(
        long version,
        VersionState state,
        String createdBy,
        Instant createdAt,
        int entries,
        int added,
        int removed,
        String heldReasons,
        String decidedBy,
        String hashedUrlsSha256,
        String hashedUrlsSignature,
        String rpzSha256,
        String rpzSignature) {}
