package org.protego.blocklist;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.triage.Assessment;
import org.protego.triage.TriageManagement;
import org.protego.triage.UrlAssessed;
import org.protego.triage.UrlItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds, guards, signs and serves the block list. */
@Service
public class BlocklistManagement {

    static final String READERS = "hasAnyRole('INDUSTRY','ANALYST','SUPERVISOR','ADMIN','LAW_ENFORCEMENT')";
    static final String LIST_STAFF = "hasAnyRole('ANALYST','SUPERVISOR')";
    static final int MAX_APPEAL_TEXT = 2000;
    /** Serialises publication, so that version numbers and their contents never interleave. */
    private static final long PUBLICATION_LOCK = 0x626c6f636b6cL;

    private final Entries entries;
    private final ListSigner signer;
    private final ListSafety safety;
    private final ListOwner owner;
    private final TriageManagement triage;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String stopPage;

    BlocklistManagement(
            Entries entries,
            ListSigner signer,
            ListOwner owner,
            TriageManagement triage,
            AuditTrail auditTrail,
            JdbcClient jdbc,
            Clock clock,
            @Value("${protego.blocklist.canary-domains}") String canaryDomains,
            @Value("${protego.blocklist.max-additions-per-version}") int maxAdditions,
            @Value("${protego.blocklist.rpz-stop-page:}") String stopPage) {
        this.entries = entries;
        this.signer = signer;
        this.owner = owner;
        this.triage = triage;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.safety = new ListSafety(Arrays.asList(canaryDomains.split(",")), maxAdditions);
        // Refused at start-up rather than at the first publication: it is written into every policy record.
        ResponsePolicyZone.actionFor(stopPage);
        this.stopPage = stopPage;
    }

    /** The newest published version, if any, with its signed manifest. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<ListVersion> latest() {
        return entries.latestPublished().flatMap(entries::version).map(this::withManifest);
    }

    /** A published version with its signed manifest; held and rejected versions are not served. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ListVersion publishedVersion(long version) {
        return entries.version(version)
                .filter(found -> found.state() == VersionState.PUBLISHED)
                .map(this::withManifest)
                .orElseThrow(() -> new NotFoundException("No published version " + version));
    }

    /**
     * Writes a published version's hashed-URL feed, byte for byte the file its signature covers. The caller checked
     * access with {@link #publishedVersion}; the feed is streamed on another thread, outside the request's security
     * context.
     */
    @Transactional(readOnly = true)
    void writeHashedUrls(long version, OutputStream out) {
        entries.forEachDigestAt(version, digest -> {
            try {
                out.write(ListFiles.line(digest));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A published version's response policy zone, checked as it was before it was signed. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public String rpz(long version) {
        publishedVersion(version);
        return ResponsePolicyZone.of(version, entries.domainsAt(version), stopPage);
    }

    /**
     * What changed from a version the caller holds to the newest, without rebuilding either list; it names the
     * newest version's time and manifest digest. Domains the naming rules refuse are never offered for addition.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ListDelta deltaSince(long from) {
        long latest = entries.latestPublished().orElse(0L);
        if (from < 0 || from > latest) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "from",
                    ListingProblem.VERSION_UNKNOWN.code(),
                    "Give a published version between 0 and " + latest + ".")));
        }
        Optional<ListVersion> to =
                latest == 0 ? Optional.empty() : entries.version(latest).map(this::withManifest);
        return new ListDelta(
                from,
                latest,
                entries.changedBetween(from, latest, true, false),
                entries.changedBetween(from, latest, false, false),
                entries.changedBetween(from, latest, true, true).stream()
                        .filter(domain ->
                                ListableNames.problemWithDedicatedDomain(domain).isEmpty())
                        .toList(),
                entries.changedBetween(from, latest, false, true),
                to.map(version -> version.createdAt().toString()).orElse(null),
                to.map(version -> ListFiles.sha256(version.manifest().getBytes(StandardCharsets.US_ASCII)))
                        .orElse(null));
    }

    /** Writes a published version's feed for a caller already allowed to read lists, such as the benchmark. */
    @PreAuthorize(READERS)
    public void writeFeed(long version, OutputStream out) {
        publishedVersion(version);
        writeHashedUrls(version, out);
    }

    /** The public key that verifies every list, in PEM. */
    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    /** Publishes the changes waiting now, unless a held version waits for approval. */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public Optional<ListVersion> publishNow() {
        return publishPendingChanges(owner.requireStaff().username());
    }

    /**
     * Publishes a held version, which a second person of the organisation owning the list checked: an analyst or
     * supervisor who neither created the version nor requested any of its additions.
     */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public ListVersion approve(long version) {
        String approver = owner.requireStaff().username();
        lockPublication();
        ListVersion held = heldVersion(version);
        if (held.createdBy().equals(approver)
                || entries.requestersOfHeldAdditions(version).contains(approver)) {
            throw new RefusedChange(ListingProblem.APPROVER_INVOLVED);
        }
        delistDomainsTheRulesRefuse(version, approver);
        refuseUnlistable(entries.pendingAdditions(version), version, approver);
        int[] changes = entries.applyChanges(version, version);
        ListVersion published = sealed(version, VersionState.PUBLISHED, held.createdBy(), held.createdAt(), changes);
        entries.publishHeld(published, approver, clock.instant());
        auditTrail.record(
                "blocklist.version-approved",
                "blocklist-version",
                Long.toString(version),
                "entries=" + published.entries() + " sha256=" + published.hashedUrlsSha256());
        return withHoldReasons(entries.version(version).orElseThrow());
    }

    /** Refuses a held version: its additions are withdrawn and its removals wait for the next version. */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public void reject(long version) {
        String rejecter = owner.requireStaff().username();
        lockPublication();
        heldVersion(version);
        entries.releaseRejected(version);
        entries.rejectHeld(version, rejecter, clock.instant());
        auditTrail.record("blocklist.version-rejected", "blocklist-version", Long.toString(version), "");
    }

    /** The newest versions, published, held and rejected, each with every reason it was held. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ListVersion> recentVersions() {
        StaffMember member = StaffMember.required();
        if (!member.hasRole("ADMIN")) {
            owner.requireStaff();
        }
        List<ListVersion> versions = entries.recentVersions(50);
        if (versions.isEmpty()) {
            return versions;
        }
        Map<Long, List<HoldReason>> reasons =
                entries.holdReasonsFrom(versions.get(versions.size() - 1).version());
        return versions.stream()
                .map(found -> found.withHoldReasons(reasons.getOrDefault(found.version(), List.of())))
                .toList();
    }

    @PreAuthorize(LIST_STAFF)
    @Transactional(readOnly = true)
    public List<BlocklistEntry> entriesOfItem(UUID urlItemId) {
        triage.itemWithoutNote(urlItemId);
        return entries.entriesOfItem(urlItemId);
    }

    /**
     * Where an item of the analyst's organisation stands on the list: its entries, whether its illegal assessment is
     * still on its way to an entry, and why no entry was made if the list refused one.
     */
    @PreAuthorize(LIST_STAFF)
    @Transactional(readOnly = true)
    public ItemListing itemListing(UUID urlItemId) {
        Assessment current = triage.itemWithoutNote(urlItemId).currentAssessment();
        boolean illegal = current != null && current.outcome().isIllegal();
        Optional<Entries.ItemDecision> decision = entries.decision(urlItemId);
        boolean preparing = illegal
                && decision.map(made -> made.assessedAt().isBefore(current.assessedAt()))
                        .orElseGet(() -> !current.assessedAt().isBefore(entries.decisionsKeptSince()));
        Optional<ListingProblem> refusal = decision.filter(made -> illegal && !preparing)
                .map(Entries.ItemDecision::refusal)
                .flatMap(BlocklistManagement::problemOf);
        return new ItemListing(
                urlItemId,
                illegal,
                preparing,
                refusal.map(ListingProblem::code).orElse(null),
                refusal.map(ListingProblem::detail).orElse(null),
                refusal.isPresent() ? decision.get().refusedHost() : null,
                entries.entriesOfItem(urlItemId));
    }

    /**
     * Lists the whole domain of an item an analyst found dedicated to abuse, in the policy zone and the feed. Only an
     * item assessed illegal qualifies, and only a registrable domain name: never an address, a public suffix or a
     * name a resolver would misread. The canary rule holds it if the domain must stay reachable.
     */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public void markDomainDedicatedToAbuse(UUID urlItemId) {
        StaffMember member = owner.requireStaff();
        if (urlItemId == null) {
            throw refused(ListingProblem.NOT_ASSESSED_ILLEGAL, "Give the urlItemId of an item assessed as illegal.");
        }
        UrlItem item = triage.itemWithoutNote(urlItemId);
        if (item.currentAssessment() == null
                || !item.currentAssessment().outcome().isIllegal()) {
            throw refused(ListingProblem.NOT_ASSESSED_ILLEGAL, ListingProblem.NOT_ASSESSED_ILLEGAL.detail());
        }
        String host = item.host();
        Optional<ListingProblem> problem = ListableNames.problemWithDedicatedDomain(host);
        if (problem.isPresent()) {
            throw refused(
                    problem.get(), "'" + printable(host) + "': " + problem.get().detail());
        }
        String expression = ListFiles.domainExpression(host);
        entries.requestAddition(
                EntryKind.DOMAIN,
                urlItemId,
                expression,
                host,
                ListFiles.digestOf(expression),
                member.username(),
                clock.instant());
        auditTrail.record("blocklist.domain-requested", "url-item", urlItemId.toString(), "domain=" + host);
    }

    /** Records a site owner's appeal against an entry; the appeal belongs to the organisation owning the list. */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public Appeal recordAppeal(long entryId, String appellant, String grounds) {
        StaffMember member = owner.requireStaff();
        entries.entry(entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId));
        var problems = new ArrayList<FieldProblem>();
        if (appellant == null || appellant.isBlank() || appellant.length() > 200) {
            problems.add(new FieldProblem("appellant", ListingProblem.TEXT_INVALID.code(), "1 to 200 characters."));
        }
        if (grounds == null || grounds.isBlank() || grounds.length() > MAX_APPEAL_TEXT) {
            problems.add(new FieldProblem(
                    "grounds", ListingProblem.TEXT_INVALID.code(), "1 to " + MAX_APPEAL_TEXT + " characters."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        var appeal = new Appeal(
                UUID.randomUUID(),
                entryId,
                appellant.strip(),
                grounds.strip(),
                "OPEN",
                member.username(),
                clock.instant(),
                null,
                null,
                null,
                owner.organisationId());
        entries.insertAppeal(appeal);
        auditTrail.record(
                "blocklist.appeal-recorded",
                "blocklist-entry",
                Long.toString(entryId),
                "appeal=" + appeal.id() + " appellant=" + appeal.appellant());
        return appeal;
    }

    /**
     * Decides an appeal of the organisation owning the list; whoever recorded it may not. An upheld appeal takes the
     * entry off the list with the next version.
     */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public Appeal decideAppeal(UUID appealId, boolean upheld, String decision) {
        StaffMember member = owner.requireStaff();
        Appeal appeal = entries.appeal(appealId)
                .filter(found ->
                        found.organisationId() == null || found.organisationId().equals(member.organisationId()))
                .orElseThrow(() -> new NotFoundException("No appeal " + appealId));
        String text = decision == null ? "" : decision.strip();
        if (text.length() > MAX_APPEAL_TEXT) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("decision", ListingProblem.TEXT_INVALID.code(), "Too long.")));
        }
        if (appeal.recordedBy().equals(member.username())) {
            throw new RefusedChange(ListingProblem.APPEAL_RECORDED_BY_YOU);
        }
        if (!entries.decideAppeal(appealId, upheld, text, member.username(), clock.instant())) {
            throw new RefusedChange(ListingProblem.APPEAL_DECIDED);
        }
        if (upheld) {
            entries.requestRemoval(appeal.entryId(), clock.instant());
        }
        auditTrail.record(
                "blocklist.appeal-decided",
                "blocklist-entry",
                Long.toString(appeal.entryId()),
                "appeal=" + appealId + (upheld ? " upheld" : " dismissed"));
        return entries.appeal(appealId).orElseThrow();
    }

    @PreAuthorize(LIST_STAFF)
    @Transactional(readOnly = true)
    public List<Appeal> appeals() {
        return entries.appealsOf(owner.requireStaff().organisationId());
    }

    /** Publishes what is pending; used by the schedule and by analysts. Returns the new version, if any. */
    @Transactional
    public Optional<ListVersion> publishPendingChanges(String actor) {
        lockPublication();
        if (entries.heldVersion().isPresent()) {
            return Optional.empty();
        }
        delistDomainsTheRulesRefuse(null, actor);
        List<ListSafety.Addition> additions = refuseUnlistable(entries.pendingAdditions(null), null, actor);
        if (additions.isEmpty() && entries.pendingRemovalCount() == 0) {
            return Optional.empty();
        }
        long version = entries.latestVersionNumber() + 1;
        // Milliseconds, so that the time in the signed manifest is the time stored and served.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<HoldReason> reasons = safety.reasonsToHold(additions);
        if (!reasons.isEmpty()) {
            entries.holdPendingChanges(version);
            String joined =
                    String.join("; ", reasons.stream().map(HoldReason::detail).toList());
            var held = new ListVersion(
                    version,
                    VersionState.HELD,
                    actor,
                    now,
                    entries.latestPublished().map(entries::sizeAt).orElse(0),
                    additions.size(),
                    entries.pendingRemovalCount(),
                    joined,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    reasons);
            entries.insertVersion(held);
            auditTrail.recordAs(actor, "blocklist.version-held", "blocklist-version", Long.toString(version), joined);
            return Optional.of(held);
        }
        int[] changes = entries.applyChanges(version, null);
        ListVersion published = sealed(version, VersionState.PUBLISHED, actor, now, changes);
        entries.insertVersion(published);
        auditTrail.recordAs(
                actor,
                "blocklist.version-published",
                "blocklist-version",
                Long.toString(version),
                "entries=" + published.entries() + " added=" + changes[0] + " removed=" + changes[1] + " sha256="
                        + published.hashedUrlsSha256());
        return Optional.of(published);
    }

    /**
     * Acts on an assessment once it is committed: an item whose current assessment is illegal gets a URL entry,
     * unless its host is a public suffix, and then the refusal is recorded for the analyst; any other item leaves
     * the list. An assessment older than one already acted on changes nothing.
     */
    void listAssessedItem(UrlAssessed assessed) {
        UUID item = assessed.urlItemId();
        Instant now = clock.instant();
        if (!entries.recordDecision(item, assessed.assessedAt(), now)) {
            return;
        }
        boolean illegal = triage.currentOutcomeOf(item)
                .map(outcome -> outcome.isIllegal())
                .orElse(false);
        if (!illegal) {
            delistItem(item, now);
            return;
        }
        String expression = ListFiles.expressionOf(assessed.canonicalUrl());
        String host = expression.substring(0, expression.indexOf('/'));
        Optional<ListingProblem> problem = ListableNames.problemWithUrlHost(host);
        if (problem.isPresent()) {
            entries.recordRefusal(item, problem.get(), host);
            auditTrail.recordAs(
                    assessed.assessedBy(),
                    "blocklist.entry-refused",
                    "url-item",
                    item.toString(),
                    "reason=" + problem.get().code() + " host=" + printable(host));
            return;
        }
        entries.requestAddition(
                EntryKind.URL,
                item,
                expression,
                null,
                ListFiles.digestOf(expression),
                assessed.assessedBy(),
                assessed.assessedAt());
    }

    void delistItem(UUID urlItemId, Instant at) {
        entries.liveEntriesOfItem(urlItemId).forEach(entryId -> entries.requestRemoval(entryId, at));
    }

    /**
     * Takes off the list every listed domain that the naming rules refuse, with the version being made. Such rows
     * come from databases older than the rules; they leave the list instead of stopping publication for ever.
     */
    private void delistDomainsTheRulesRefuse(Long heldVersion, String actor) {
        for (Entries.ListedDomain listed : entries.listedDomains()) {
            ListableNames.problemWithDedicatedDomain(listed.domain())
                    .ifPresent(problem -> refuseEntry(listed.id(), listed.domain(), problem, heldVersion, actor));
        }
    }

    /** The additions the naming rules accept; the others are withdrawn, each audited with its reason. */
    private List<ListSafety.Addition> refuseUnlistable(
            List<ListSafety.Addition> additions, Long heldVersion, String actor) {
        Map<String, Optional<ListingProblem>> urlHosts = new HashMap<>();
        List<ListSafety.Addition> accepted = new ArrayList<>(additions.size());
        for (ListSafety.Addition addition : additions) {
            Optional<ListingProblem> problem = addition.kind() == EntryKind.DOMAIN
                    ? ListableNames.problemWithDedicatedDomain(addition.host())
                    : urlHosts.computeIfAbsent(addition.host(), ListableNames::problemWithUrlHost);
            if (problem.isPresent()) {
                refuseEntry(addition.id(), addition.host(), problem.get(), heldVersion, actor);
            } else {
                accepted.add(addition);
            }
        }
        return accepted;
    }

    private void refuseEntry(long entryId, String name, ListingProblem problem, Long heldVersion, String actor) {
        entries.refuse(entryId, heldVersion, clock.instant());
        auditTrail.recordAs(
                actor,
                "blocklist.entry-refused",
                "blocklist-entry",
                Long.toString(entryId),
                "reason=" + problem.code() + " name=" + printable(name));
    }

    private ListVersion sealed(long version, VersionState state, String actor, Instant createdAt, int[] changes) {
        var feed = new ListFiles.Sealer(signer.start());
        // Counted while streamed: a separate count of distinct digests would sort the whole list a second time.
        int[] listed = {0};
        entries.forEachDigestAt(version, digest -> {
            feed.add(ListFiles.line(digest));
            listed[0]++;
        });
        var zone = new ListFiles.Sealer(signer.start());
        zone.add(ResponsePolicyZone.of(version, entries.domainsAt(version), stopPage)
                .getBytes(StandardCharsets.US_ASCII));
        String feedSha256 = feed.sha256();
        String zoneSha256 = zone.sha256();
        var manifest = new ListManifest(version, createdAt, feedSha256, zoneSha256);
        return new ListVersion(
                version,
                state,
                actor,
                createdAt,
                listed[0],
                changes[0],
                changes[1],
                null,
                null,
                feedSha256,
                feed.signature(),
                zoneSha256,
                zone.signature(),
                manifest.text(),
                signer.sign(manifest.bytes()),
                List.of());
    }

    /**
     * Versions published before manifests existed get one made from what was stored, signed when asked for: the
     * signature differs each time (ECDSA), and each one verifies.
     */
    private ListVersion withManifest(ListVersion version) {
        if (version.manifest() != null || version.state() != VersionState.PUBLISHED) {
            return version;
        }
        var manifest = new ListManifest(
                version.version(), version.createdAt(), version.hashedUrlsSha256(), version.rpzSha256());
        return version.withManifest(manifest.text(), signer.sign(manifest.bytes()));
    }

    private ListVersion withHoldReasons(ListVersion version) {
        return version.withHoldReasons(
                entries.holdReasonsFrom(version.version()).getOrDefault(version.version(), List.of()));
    }

    private ListVersion heldVersion(long version) {
        return entries.version(version)
                .filter(found -> found.state() == VersionState.HELD)
                .orElseThrow(() -> new RefusedChange(ListingProblem.VERSION_NOT_HELD));
    }

    private void lockPublication() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", PUBLICATION_LOCK)
                .query()
                .singleRow();
    }

    private static InvalidRequestException refused(ListingProblem problem, String detail) {
        return new InvalidRequestException(List.of(new FieldProblem("urlItemId", problem.code(), detail)));
    }

    private static Optional<ListingProblem> problemOf(String code) {
        return Arrays.stream(ListingProblem.values())
                .filter(problem -> problem.code().equals(code))
                .findFirst();
    }

    /** A name as it may be shown in a problem or the audit log: control characters and non-ASCII as '?'. */
    private static String printable(String name) {
        var shown = new StringBuilder(Math.min(name.length(), 300));
        name.codePoints().limit(300).forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return shown.toString();
    }
}
