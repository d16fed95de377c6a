package org.protego.blocklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules that keep a mistake off the list: names that must never be listed, and versions held for a second
 * analyst before they reach ISPs, so that a mistake like the Danish list of 2012, which blocked 8,000 legitimate
 * domains, cannot be published by one person. Who that second person may be is {@link ListVersion#checkApprover}'s
 * rule.
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

    /** An addition the naming rules refuse, and why. */
    record Refusal(Addition addition, BlocklistError reason) {}

    /** The additions a version may take, and those it must withdraw. */
    record Screening(List<Addition> accepted, List<Refusal> refused) {}

    /**
     * Sorts additions into those the naming rules accept and those they refuse. The rules hold even for a version a
     * second person approves: a public suffix, or a name a resolver would misread, is never listed.
     */
    Screening screen(List<Addition> additions) {
        // Many URL entries share a host; the Public Suffix check runs once for each.
        Map<String, Optional<BlocklistError>> urlHosts = new HashMap<>();
        List<Addition> accepted = new ArrayList<>(additions.size());
        List<Refusal> refused = new ArrayList<>();
        for (Addition addition : additions) {
            Optional<BlocklistError> problem = addition.kind() == EntryKind.DOMAIN
                    ? ListableNames.problemWithDedicatedDomain(addition.host())
                    : urlHosts.computeIfAbsent(addition.host(), ListableNames::problemWithUrlHost);
            if (problem.isPresent()) {
                refused.add(new Refusal(addition, problem.get()));
            } else {
                accepted.add(addition);
            }
        }
        return new Screening(accepted, refused);
    }

    /**
     * Why a listed domain must leave the list: such a row comes from a database older than the rules, or was written
     * around them; it leaves instead of stopping publication for ever.
     */
    Optional<BlocklistError> refusalOfListedDomain(String domain) {
        return ListableNames.problemWithDedicatedDomain(domain);
    }

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
