package org.protego.blocklist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.ProblemMessages;
import org.protego.triage.Assessment;
import org.protego.triage.AssessmentOutcome;
import org.protego.triage.TriageManagement;
import org.protego.triage.UrlAssessed;
import org.protego.triage.UrlItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entries of URL items: made when triage finds an item illegal or an analyst finds its whole domain dedicated to
 * abuse, taken off when it is no longer illegal, removed at its source or an appeal against it is upheld.
 */
@Service
class ItemEntries {

    private final Entries entries;
    private final ItemDecisions decisions;
    private final TriageManagement triage;
    private final ListOwner owner;
    private final AuditTrail auditTrail;
    private final ProblemMessages messages;
    private final Clock clock;

    ItemEntries(
            Entries entries,
            ItemDecisions decisions,
            TriageManagement triage,
            ListOwner owner,
            AuditTrail auditTrail,
            ProblemMessages messages,
            Clock clock) {
        this.entries = entries;
        this.decisions = decisions;
        this.triage = triage;
        this.owner = owner;
        this.auditTrail = auditTrail;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional(readOnly = true)
    public List<BlocklistEntry> entriesOfItem(UUID urlItemId) {
        triage.itemWithoutNote(urlItemId);
        return entries.entriesOfItem(urlItemId);
    }

    /**
     * Where an item of the analyst's organisation stands on the list: its entries, whether its illegal assessment is
     * still on its way to an entry, and why no entry was made if the list refused one.
     */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional(readOnly = true)
    public ItemListing itemListing(UUID urlItemId) {
        Assessment current = triage.itemWithoutNote(urlItemId).currentAssessment();
        boolean illegal = current != null && current.outcome().isIllegal();
        Optional<ItemDecision> decision = decisions.decision(urlItemId);
        boolean preparing = illegal
                && decision.map(made -> made.assessedAt().isBefore(current.assessedAt()))
                        .orElseGet(() -> !current.assessedAt().isBefore(decisions.keptSince()));
        Optional<ItemDecision> refused = decision.filter(made -> illegal && !preparing && made.refusal() != null);
        return new ItemListing(
                urlItemId,
                illegal,
                preparing,
                refused.map(made -> made.refusal().code()).orElse(null),
                refused.map(made -> messages.text(made.refusal().messageKey(), List.of(), Locale.ENGLISH))
                        .orElse(null),
                refused.map(ItemDecision::refusedHost).orElse(null),
                entries.entriesOfItem(urlItemId));
    }

    /**
     * Lists the whole domain of an item an analyst found dedicated to abuse, in the policy zone and the feed. Only an
     * item assessed illegal qualifies, and only a registrable domain name: never an address, a public suffix or a
     * name a resolver would misread. The canary rule holds it if the domain must stay reachable.
     */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional
    public void markDomainDedicatedToAbuse(UUID urlItemId) {
        StaffMember member = owner.requireStaff();
        if (urlItemId == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("urlItemId", BlocklistError.ITEM_NOT_GIVEN)));
        }
        UrlItem item = triage.itemWithoutNote(urlItemId);
        if (item.currentAssessment() == null
                || !item.currentAssessment().outcome().isIllegal()) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("urlItemId", BlocklistError.NOT_ASSESSED_ILLEGAL)));
        }
        String host = item.host();
        Optional<BlocklistError> problem = ListableNames.problemWithDedicatedDomain(host);
        if (problem.isPresent()) {
            throw new InvalidRequestException(
                    List.of(problem.get().refusing("urlItemId", ListableNames.printable(host))));
        }
        String expression = ListFiles.domainExpression(host);
        request(
                BlocklistEntry.request(
                        EntryKind.DOMAIN, urlItemId, expression, host, member.username(), clock.instant()),
                member.username());
        auditTrail.record("blocklist.domain-requested", "url-item", urlItemId.toString(), "domain=" + host);
    }

    /**
     * Acts on an assessment once it is committed: an item whose current assessment is illegal gets a URL entry,
     * unless its host is a public suffix, and then the refusal is recorded for the analyst; any other item leaves
     * the list. An assessment older than one already acted on changes nothing.
     */
    void listAssessedItem(UrlAssessed assessed) {
        UUID item = assessed.urlItemId();
        Instant now = clock.instant();
        ItemDecision decision = ItemDecision.actingOn(item, assessed.assessedAt(), now);
        if (!decisions.addIfFirst(decision)) {
            Optional<ItemDecision> earlier = decisions.decisionToChange(item);
            if (earlier.isPresent() && !earlier.get().givesWayTo(decision)) {
                return;
            }
            decisions.save(decision);
        }
        boolean illegal =
                triage.currentOutcomeOf(item).map(AssessmentOutcome::isIllegal).orElse(false);
        if (!illegal) {
            unlistItem(item, now, assessed.assessedBy());
            return;
        }
        String expression = ListFiles.expressionOf(assessed.canonicalUrl());
        String host = expression.substring(0, expression.indexOf('/'));
        Optional<BlocklistError> problem = ListableNames.problemWithUrlHost(host);
        if (problem.isPresent()) {
            decisions.save(decision.refusing(problem.get(), host));
            auditTrail.recordAs(
                    assessed.assessedBy(),
                    "blocklist.entry-refused",
                    "url-item",
                    item.toString(),
                    "reason=" + problem.get().code() + " host=" + ListableNames.printable(host));
            return;
        }
        request(
                BlocklistEntry.request(
                        EntryKind.URL, item, expression, null, assessed.assessedBy(), assessed.assessedAt()),
                assessed.assessedBy());
    }

    /** Takes an item's entries off the list, those that can leave it: not those waiting in a held version. */
    void unlistItem(UUID urlItemId, Instant at, String actor) {
        for (BlocklistEntry entry : entries.liveEntriesOfItemToChange(urlItemId)) {
            if (entry.canBeUnlisted()) {
                unlist(entry, at, actor);
            }
        }
    }

    /** Takes a locked entry off the list and audits it. */
    void unlist(BlocklistEntry entry, Instant at, String actor) {
        BlocklistEntry unlisted = entry.unlist(at);
        entries.save(unlisted);
        auditTrail.recordAs(
                actor,
                "blocklist.entry-unlisted",
                "blocklist-entry",
                Long.toString(entry.id()),
                "state=" + unlisted.state());
    }

    /**
     * Lists what was requested: a new entry, or the live entry of the same kind and expression kept on the list. A
     * live entry that leaves the list between the two steps makes room for a new one, hence the second attempt.
     */
    private void request(BlocklistEntry requested, String actor) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<BlocklistEntry> added = entries.addUnlessLive(requested);
            if (added.isPresent()) {
                audit(actor, "blocklist.entry-requested", added.get());
                return;
            }
            Optional<BlocklistEntry> live = entries.liveEntryToChange(requested.kind(), requested.expression());
            if (live.isPresent()) {
                BlocklistEntry listed = live.get().list();
                if (!listed.equals(live.get())) {
                    entries.save(listed);
                    audit(actor, "blocklist.entry-kept", listed);
                }
                return;
            }
        }
    }

    private void audit(String actor, String action, BlocklistEntry entry) {
        auditTrail.recordAs(
                actor,
                action,
                "blocklist-entry",
                Long.toString(entry.id()),
                "kind=" + entry.kind() + " item=" + entry.urlItemId() + " state=" + entry.state());
    }
}
