package org.protego.blocklist;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protego.audit.AuditTrail;
import org.protego.shared.CanonicalUrl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many URL listings requested, withdrawn and published at once, for the tools that seed and measure the block list
 * (the {@code bench-blocklist} benchmark). No page or API endpoint reaches it: on a running hotline, entries come from
 * assessments.
 */
@Service
public class BulkListing {

    private final Entries entries;
    private final BlocklistManagement blocklist;
    private final AuditTrail auditTrail;
    private final Clock clock;

    BulkListing(Entries entries, BlocklistManagement blocklist, AuditTrail auditTrail, Clock clock) {
        this.entries = entries;
        this.blocklist = blocklist;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Requests a URL entry for each URL, as an assessment of it as illegal would, for the next version; a URL whose
     * host the naming rules refuse is left out. Returns how many entries were requested.
     */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional
    public int requestUrlListings(List<CanonicalUrl> urls) {
        String requestedBy = currentActor();
        Instant now = clock.instant();
        Map<String, Boolean> refusedHosts = new HashMap<>();
        int requested = 0;
        for (CanonicalUrl url : urls) {
            String expression = ListFiles.expressionOf(url.value());
            String host = expression.substring(0, expression.indexOf('/'));
            if (refusedHosts.computeIfAbsent(
                    host, name -> ListableNames.problemWithUrlHost(name).isPresent())) {
                continue;
            }
            if (entries.addUnlessLive(BlocklistEntry.request(EntryKind.URL, null, expression, null, requestedBy, now))
                    .isPresent()) {
                requested++;
            }
        }
        auditTrail.record(
                "blocklist.urls-requested",
                "blocklist-entry",
                "bulk",
                "requested=" + requested + " refused=" + (urls.size() - requested));
        return requested;
    }

    /**
     * Asks for the live URL entries of these URLs to leave the list: a listed one with the next version, a pending
     * one at once. Returns how many entries were asked to leave.
     */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional
    public int requestUrlRemovals(List<CanonicalUrl> urls) {
        if (urls.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int removed = 0;
        for (CanonicalUrl url : urls) {
            Optional<BlocklistEntry> live =
                    entries.liveEntryToChange(EntryKind.URL, ListFiles.expressionOf(url.value()));
            if (live.isPresent() && live.get().canBeUnlisted()) {
                entries.save(live.get().unlist(now));
                removed++;
            }
        }
        auditTrail.record("blocklist.url-removals-requested", "blocklist-entry", "bulk", "removed=" + removed);
        return removed;
    }

    /** Publishes what is pending as the signed next version, exactly as the schedule does; empty if nothing was. */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    public Optional<ListVersion> publishPendingChanges() {
        return blocklist.publishPendingChanges(currentActor());
    }

    /** Writes a published version's hashed-URL feed, byte for byte the file its signature covers and ISPs fetch. */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    public void writeFeed(long version, OutputStream out) {
        blocklist.publishedVersion(version);
        blocklist.writeHashedUrls(version, out);
    }

    private static String currentActor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
