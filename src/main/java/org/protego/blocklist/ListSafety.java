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

    /** A pending entry: its host is the domain of a domain entry, or the host of a URL entry's expression. */
    record Addition(long id, EntryKind kind, String host, String expression) {}

    /** Every reason a version with these additions must be held; empty when it may be published at once. */
    List<HoldReason> reasonsToHold(List<Addition> additions) {
        List<HoldReason> reasons = new ArrayList<>();
        if (additions.size() > maxAdditionsPerVersion) {
            reasons.add(HoldReason.cap(additions.size(), maxAdditionsPerVersion));
        }
        // All of them: the approver must see every allow-listed site a version would block, not the first few.
        additions.stream()
                .filter(this::blocksACanary)
                .map(addition -> HoldReason.canary(addition.expression()))
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
