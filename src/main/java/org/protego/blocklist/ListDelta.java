package org.protego.blocklist;

import java.util.List;

/**
 * What changed between two published versions: digests added and removed, and domains for the policy zone. It names
 * when the {@code to} version was made and the SHA-256 of its manifest, so that a signed delta cannot be passed off
 * as leading to another version.
 */
public record ListDelta(
        long from,
        long to,
        List<String> added,
        List<String> removed,
        List<String> addedDomains,
        List<String> removedDomains,
        String toCreatedAt,
        String toManifestSha256) {}
