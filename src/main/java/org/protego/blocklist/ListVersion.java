package org.protego.blocklist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.protego.shared.ConflictException;

/**
 * One version of the block list, with the digests and signatures of its two published files and of the manifest that
 * binds them to this version; {@code heldReasons} joins every reason in {@code holdReasons} into one text. A version
 * is published at once or held; a held one is approved by a second person, and then published, or rejected.
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
        List<HoldReason> holdReasons,
        @JsonIgnore Instant decidedAt) {

    public ListVersion {
        holdReasons = holdReasons == null ? List.of() : List.copyOf(holdReasons);
    }

    /**
     * What sealing a version produced: how many digests it lists and how many entries it added and removed, the
     * SHA-256 and signature of its feed and its zone, and its signed manifest.
     */
    record Seal(
            int entries,
            int added,
            int removed,
            String hashedUrlsSha256,
            String hashedUrlsSignature,
            String rpzSha256,
            String rpzSignature,
            String manifest,
            String manifestSignature) {}

    /**
     * A version that broke a safety rule: it waits, unsigned, for a second person, showing the size of the list it
     * would change ({@code listed}) and every reason it is held.
     */
    static ListVersion hold(
            long version,
            String createdBy,
            Instant createdAt,
            int listed,
            int added,
            int removed,
            List<HoldReason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A version is held only for a reason.");
        }
        String joined =
                String.join("; ", reasons.stream().map(HoldReason::detail).toList());
        return new ListVersion(
                version,
                VersionState.HELD,
                createdBy,
                createdAt,
                listed,
                added,
                removed,
                joined,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                reasons,
                null);
    }

    /** A version no safety rule holds, published as it was sealed. */
    static ListVersion publish(long version, String createdBy, Instant createdAt, Seal seal) {
        return new ListVersion(
                        version,
                        VersionState.PUBLISHED,
                        createdBy,
                        createdAt,
                        0,
                        0,
                        0,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        null)
                .sealedAs(seal);
    }

    /**
     * Refuses an approver unless the version is held and the approver is a second person: neither who created it nor
     * who requested any of its additions ({@code requesters}). Checked before the version is sealed, which takes
     * long for a large list.
     */
    void checkApprover(String approver, Collection<String> requesters) {
        requireHeld();
        if (createdBy.equals(approver) || requesters.contains(approver)) {
            throw new ConflictException(BlocklistError.APPROVER_INVOLVED);
        }
    }

    /** A second person approved the held version: it is published as sealed now, keeping the reasons it was held. */
    ListVersion approve(String approver, Collection<String> requesters, Instant at, Seal seal) {
        checkApprover(approver, requesters);
        return decided(VersionState.PUBLISHED, approver, at).sealedAs(seal);
    }

    /** Refuses the held version; anyone of the list's staff may, since nothing reaches ISPs. */
    ListVersion reject(String rejecter, Instant at) {
        requireHeld();
        return decided(VersionState.REJECTED, rejecter, at);
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
                reasons,
                decidedAt);
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
                holdReasons,
                decidedAt);
    }

    private void requireHeld() {
        if (state != VersionState.HELD) {
            throw new ConflictException(BlocklistError.VERSION_NOT_HELD);
        }
    }

    private ListVersion decided(VersionState target, String by, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new ConflictException(BlocklistError.VERSION_NOT_HELD);
        }
        return new ListVersion(
                version,
                target,
                createdBy,
                createdAt,
                entries,
                added,
                removed,
                heldReasons,
                by,
                hashedUrlsSha256,
                hashedUrlsSignature,
                rpzSha256,
                rpzSignature,
                manifest,
                manifestSignature,
                holdReasons,
                at);
    }

    private ListVersion sealedAs(Seal seal) {
        return new ListVersion(
                version,
                state,
                createdBy,
                createdAt,
                seal.entries(),
                seal.added(),
                seal.removed(),
                heldReasons,
                decidedBy,
                seal.hashedUrlsSha256(),
                seal.hashedUrlsSignature(),
                seal.rpzSha256(),
                seal.rpzSignature(),
                seal.manifest(),
                seal.manifestSignature(),
                holdReasons,
                decidedAt);
    }
}
