package org.protego.blocklist;

import java.util.List;

/** What changed between two published versions: digests added and removed, and domains for the policy zone. */
public record ListDelta(
        long from,
        long to,
        List<String> added,
        List<String> removed,
        List<String> addedDomains,
        List<String> removedDomains) {}
