package org.protego.blocklist;

import java.time.Instant;
import java.util.List;

/**
 * One version of the block list, with the digests and signatures of its two published files and of the manifest that
 * binds them to this version; {@code heldReasons} joins every reason in {@code holdReasons} into one text.
 */
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
        String rpzSignature,
        String manifest,
        String manifestSignature,
        List<HoldReason> holdReasons) {

    public ListVersion {
        holdReasons = holdReasons == null ? List.of() : List.copyOf(holdReasons);
    }

    ListVersion withHoldReasons(List<HoldReason> reasons) {
        return new ListVersion(
                version,
                state,
                createdBy,
                createdAt,
                entries,
                added,
                removed,
                heldReasons,
                decidedBy,
                hashedUrlsSha256,
                hashedUrlsSignature,
                rpzSha256,
                rpzSignature,
                manifest,
                manifestSignature,
                reasons);
    }

    ListVersion withManifest(String text, String signature) {
        return new ListVersion(
                version,
                state,
                createdBy,
                createdAt,
                entries,
                added,
                removed,
                heldReasons,
                decidedBy,
                hashedUrlsSha256,
                hashedUrlsSignature,
                rpzSha256,
                rpzSignature,
                text,
                signature,
                holdReasons);
    }
}
