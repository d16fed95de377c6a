package org.protego.blocklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that hold a version for a second analyst before it reaches ISPs, so that a mistake like the Danish
 * list of 2012, which blocked 8,000 legitimate domains, cannot be published by one person.
 */
final class ListSafety {

    private final Set<String> canaryDomains;
    private final int maxAdditionsPerVersion;

    ListSafety(List<String> canaryDomains, int maxAdditionsPerVersion) {
        this.canaryDomains = canaryDomains.stream()
                .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                .filter(domain -> !domain.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.maxAdditionsPerVersion = maxAdditionsPerVersion;
    }

    record Addition(EntryKind kind, String host, String expression) {}

    /** Why a version with these additions must be held; empty when it may be published at once. */
    List<String> reasonsToHold(List<Addition> additions) {
        List<String> reasons = new ArrayList<>();
        if (additions.size() > maxAdditionsPerVersion) {
            reasons.add("adds " + additions.size() + " entries, more than the cap of " + maxAdditionsPerVersion);
        }
        additions.stream()
                .filter(this::blocksACanary)
                .map(addition -> "would block the allow-listed domain of " + addition.expression())
                .limit(20)
                .forEach(reasons::add);
        return reasons;
    }

    /**
     * A domain entry related to an allow-listed domain in either direction, or a URL entry for the front page of
     * one, would block a site that must stay reachable. A single page on a large platform is normal and allowed.
     */
    boolean blocksACanary(Addition addition) {
        String host = addition.host().toLowerCase(Locale.ROOT);
        boolean wholeSite =
                addition.kind() == EntryKind.DOMAIN || addition.expression().equals(host + "/");
        if (!wholeSite) {
            return false;
        }
        return canaryDomains.stream()
                .anyMatch(canary -> host.equals(canary) || host.endsWith("." + canary) || canary.endsWith("." + host));
    }
}
