package org.protego.blocklist;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.CanonicalUrl;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.triage.TriageManagement;
import org.protego.triage.UrlAssessed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds, guards, signs and serves the block list. */
@Service
public class BlocklistManagement {

    static final String READERS = "hasAnyRole('INDUSTRY','ANALYST','SUPERVISOR','ADMIN','LAW_ENFORCEMENT')";
    static final int MAX_APPEAL_TEXT = 2000;
    /** Serialises publication, so that version numbers and their contents never interleave. */
    private static final long PUBLICATION_LOCK = 0x626c6f636b6cL;

    private final Entries entries;
    private final ListSigner signer;
    private final ListSafety safety;
    private final TriageManagement triage;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String stopPage;

    BlocklistManagement(
            Entries entries,
            ListSigner signer,
            TriageManagement triage,
            AuditTrail auditTrail,
            JdbcClient jdbc,
            Clock clock,
            @Value("${protego.blocklist.canary-domains}") String canaryDomains,
            @Value("${protego.blocklist.max-additions-per-version}") int maxAdditions,
            @Value("${protego.blocklist.rpz-stop-page:}") String stopPage) {
        this.entries = entries;
        this.signer = signer;
        this.triage = triage;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.safety = new ListSafety(Arrays.asList(canaryDomains.split(",")), maxAdditions);
        this.stopPage = stopPage;
    }

    /** The newest published version, if any. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<ListVersion> latest() {
        return entries.latestPublished().flatMap(entries::version);
    }

    /** A published version; held and rejected versions are not served. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ListVersion publishedVersion(long version) {
        return entries.version(version)
                .filter(found -> found.state() == VersionState.PUBLISHED)
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

    /** A published version's response policy zone. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public String rpz(long version) {
        publishedVersion(version);
        return ListFiles.rpz(version, entries.domainsAt(version), stopPage);
    }

    /** What changed from a version the caller holds to the newest, without rebuilding either list. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ListDelta deltaSince(long from) {
        long latest = entries.latestPublished().orElse(0L);
        if (from < 0 || from > latest) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "from", "version-unknown", "Give a published version between 0 and " + latest + ".")));
        }
        return new ListDelta(
                from,
                latest,
                entries.changedBetween(from, latest, true, false),
                entries.changedBetween(from, latest, false, false),
                entries.changedBetween(from, latest, true, true),
                entries.changedBetween(from, latest, false, true));
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

    /** Publishes the changes waiting now, unless a held version waits for approval; analysts may force it. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public Optional<ListVersion> publishNow() {
        return publishPendingChanges(StaffMember.required().username());
    }

    /** Publishes a held version, which a second analyst checked; whoever requested its additions may not. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public ListVersion approve(long version) {
        lockPublication();
        String approver = StaffMember.required().username();
        ListVersion held = heldVersion(version);
        if (entries.requestersOfHeldAdditions(version).contains(approver)
                || held.createdBy().equals(approver)) {
            throw new ConflictException("A held version needs a second analyst: you requested some of its entries.");
        }
        int[] changes = entries.applyChanges(version, version);
        ListVersion published =
                sealed(version, VersionState.PUBLISHED, held.createdBy(), held.createdAt(), changes, null);
        entries.publishHeld(published, approver, clock.instant());
        auditTrail.record(
                "blocklist.version-approved",
                "blocklist-version",
                Long.toString(version),
                "entries=" + published.entries() + " sha256=" + published.hashedUrlsSha256());
        return entries.version(version).orElseThrow();
    }

    /** Refuses a held version: its additions are withdrawn and its removals wait for the next version. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public void reject(long version) {
        lockPublication();
        heldVersion(version);
        entries.releaseRejected(version);
        entries.rejectHeld(version, StaffMember.required().username(), clock.instant());
        auditTrail.record("blocklist.version-rejected", "blocklist-version", Long.toString(version), "");
    }

    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<ListVersion> recentVersions() {
        return entries.recentVersions(50);
    }

    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<BlocklistEntry> entriesOfItem(UUID urlItemId) {
        triage.item(urlItemId);
        return entries.entriesOfItem(urlItemId);
    }

    /**
     * Lists the whole domain of an item an analyst found dedicated to abuse, in the policy zone and the feed; the
     * canary rule holds it if the domain must stay reachable.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void markDomainDedicatedToAbuse(UUID urlItemId) {
        String host = triage.item(urlItemId).host();
        if (host.startsWith("[") || host.matches("[0-9.]+")) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "urlItemId",
                    "not-a-domain",
                    "This item is addressed by IP; only domains go into the policy zone.")));
        }
        String expression = ListFiles.domainExpression(host);
        entries.requestAddition(
                EntryKind.DOMAIN,
                urlItemId,
                expression,
                host,
                ListFiles.digestOf(expression),
                StaffMember.required().username(),
                clock.instant());
        auditTrail.record("blocklist.domain-requested", "url-item", urlItemId.toString(), "domain=" + host);
    }

    /** Records a site owner's appeal against an entry. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Appeal recordAppeal(long entryId, String appellant, String grounds) {
        entries.entry(entryId).orElseThrow(() -> new NotFoundException("No entry " + entryId));
        var problems = new java.util.ArrayList<FieldProblem>();
        if (appellant == null || appellant.isBlank() || appellant.length() > 200) {
            problems.add(new FieldProblem("appellant", "text-invalid", "1 to 200 characters."));
        }
        if (grounds == null || grounds.isBlank() || grounds.length() > MAX_APPEAL_TEXT) {
            problems.add(new FieldProblem("grounds", "text-invalid", "1 to " + MAX_APPEAL_TEXT + " characters."));
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
                StaffMember.required().username(),
                clock.instant(),
                null,
                null,
                null);
        entries.insertAppeal(appeal);
        auditTrail.record(
                "blocklist.appeal-recorded",
                "blocklist-entry",
                Long.toString(entryId),
                "appeal=" + appeal.id() + " appellant=" + appeal.appellant());
        return appeal;
    }

    /** Decides an appeal; an upheld appeal takes the entry off the list with the next version. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public Appeal decideAppeal(UUID appealId, boolean upheld, String decision) {
        Appeal appeal = entries.appeal(appealId).orElseThrow(() -> new NotFoundException("No appeal " + appealId));
        String text = decision == null ? "" : decision.strip();
        if (text.length() > MAX_APPEAL_TEXT) {
            throw new InvalidRequestException(List.of(new FieldProblem("decision", "text-invalid", "Too long.")));
        }
        if (!entries.decideAppeal(appealId, upheld, text, StaffMember.required().username(), clock.instant())) {
            throw new ConflictException("This appeal was already decided.");
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

    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<Appeal> appeals() {
        return entries.appeals();
    }

    /** Publishes what is pending; used by the schedule and by analysts. Returns the new version, if any. */
    @Transactional
    public Optional<ListVersion> publishPendingChanges(String actor) {
        lockPublication();
        if (entries.heldVersion().isPresent()) {
            return Optional.empty();
        }
        List<ListSafety.Addition> additions = entries.pendingAdditions();
        if (additions.isEmpty() && entries.pendingRemovalCount() == 0) {
            return Optional.empty();
        }
        long version = entries.latestVersionNumber() + 1;
        Instant now = clock.instant();
        List<String> reasons = safety.reasonsToHold(additions);
        if (!reasons.isEmpty()) {
            entries.holdPendingChanges(version);
            var held = new ListVersion(
                    version,
                    VersionState.HELD,
                    actor,
                    now,
                    entries.latestPublished().map(entries::sizeAt).orElse(0),
                    additions.size(),
                    entries.pendingRemovalCount(),
                    String.join("; ", reasons),
                    null,
                    null,
                    null,
                    null,
                    null);
            entries.insertVersion(held);
            auditTrail.recordAs(
                    actor,
                    "blocklist.version-held",
                    "blocklist-version",
                    Long.toString(version),
                    String.join("; ", reasons));
            return Optional.of(held);
        }
        int[] changes = entries.applyChanges(version, null);
        ListVersion published = sealed(version, VersionState.PUBLISHED, actor, now, changes, null);
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

    void listAssessedItem(UrlAssessed assessed) {
        if (assessed.outcome().isIllegal()) {
            String expression = ListFiles.expressionOf(assessed.canonicalUrl());
            entries.requestAddition(
                    EntryKind.URL,
                    assessed.urlItemId(),
                    expression,
                    null,
                    ListFiles.digestOf(expression),
                    assessed.assessedBy(),
                    assessed.assessedAt());
        } else {
            delistItem(assessed.urlItemId(), assessed.assessedAt());
        }
    }

    void delistItem(UUID urlItemId, Instant at) {
        entries.liveEntriesOfItem(urlItemId).forEach(entryId -> entries.requestRemoval(entryId, at));
    }

    /** Lists a URL directly; for benchmarks and imports, which bypass assessment. */
    void requestListing(String canonicalUrl, String requestedBy) {
        String expression = ListFiles.expressionOf(CanonicalUrl.of(canonicalUrl).value());
        entries.requestAddition(
                EntryKind.URL, null, expression, null, ListFiles.digestOf(expression), requestedBy, clock.instant());
    }

    private ListVersion sealed(
            long version, VersionState state, String actor, Instant createdAt, int[] changes, String reasons) {
        var feed = new ListFiles.Sealer(signer.start());
        entries.forEachDigestAt(version, digest -> feed.add(ListFiles.line(digest)));
        var zone = new ListFiles.Sealer(signer.start());
        zone.add(ListFiles.rpz(version, entries.domainsAt(version), stopPage).getBytes(StandardCharsets.UTF_8));
        return new ListVersion(
                version,
                state,
                actor,
                createdAt,
                entries.sizeAt(version),
                changes[0],
                changes[1],
                reasons,
                null,
                feed.sha256(),
                feed.signature(),
                zone.sha256(),
                zone.signature());
    }

    private ListVersion heldVersion(long version) {
        return entries.version(version)
                .filter(found -> found.state() == VersionState.HELD)
                .orElseThrow(() -> new ConflictException("Version " + version + " is not waiting for approval."));
    }

    private void lockPublication() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", PUBLICATION_LOCK)
                .query()
                .singleRow();
    }
}
