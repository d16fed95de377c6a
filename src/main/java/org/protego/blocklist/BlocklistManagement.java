package org.protego.blocklist;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes, guards, signs and serves the block list's versions. Each change loads what it acts on, lets
 * {@link ListVersion}, {@link BlocklistEntry} and {@link ListSafety} decide, saves and audits it.
 */
@Service
public class BlocklistManagement {

    static final String READERS = "hasAnyRole('INDUSTRY','ANALYST','SUPERVISOR','ADMIN','LAW_ENFORCEMENT')";
    static final String LIST_STAFF = "hasAnyRole('ANALYST','SUPERVISOR')";
    /** Serialises publication, so that version numbers and their contents never interleave. */
    private static final long PUBLICATION_LOCK = 0x626c6f636b6cL;

    private final Entries entries;
    private final ListVersions versions;
    private final ListSigner signer;
    private final ListSafety safety;
    private final ListOwner owner;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String stopPage;

    BlocklistManagement(
            Entries entries,
            ListVersions versions,
            ListSigner signer,
            ListOwner owner,
            AuditTrail auditTrail,
            JdbcClient jdbc,
            Clock clock,
            BlocklistSettings settings) {
        this.entries = entries;
        this.versions = versions;
        this.signer = signer;
        this.owner = owner;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.safety = new ListSafety(settings.canaryDomains(), settings.maxAdditionsPerVersion());
        this.stopPage = settings.rpzStopPage();
    }

    /** The newest published version, if any, with its signed manifest. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<ListVersion> latest() {
        return versions.latestPublished().flatMap(versions::version).map(this::withManifest);
    }

    /** A published version with its signed manifest; held and rejected versions are not served. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ListVersion publishedVersion(long version) {
        return versions.version(version)
                .filter(found -> found.state() == VersionState.PUBLISHED)
                .map(this::withManifest)
                .orElseThrow(() -> new NotFoundException(BlocklistError.VERSION_NOT_PUBLISHED, Long.toString(version)));
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
        long latest = versions.latestPublished().orElse(0L);
        if (from < 0 || from > latest) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("from", BlocklistError.VERSION_UNKNOWN, Long.toString(latest))));
        }
        Optional<ListVersion> to =
                latest == 0 ? Optional.empty() : versions.version(latest).map(this::withManifest);
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
     * supervisor who neither created the version nor requested any of its additions. Names the rules refuse are
     * withdrawn even so.
     */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public ListVersion approve(long version) {
        String approver = owner.requireStaff().username();
        lockPublication();
        ListVersion held = heldVersion(version);
        List<String> requesters = entries.requestersOfHeldAdditions(version);
        held.checkApprover(approver, requesters);
        refuseWhatTheRulesRefuse(version, approver);
        int[] changes = entries.publishChanges(version, version);
        ListVersion published =
                held.approve(approver, requesters, clock.instant(), seal(version, held.createdAt(), changes));
        versions.save(published);
        auditTrail.record(
                "blocklist.version-approved",
                "blocklist-version",
                Long.toString(version),
                "entries=" + published.entries() + " sha256=" + published.hashedUrlsSha256());
        return published;
    }

    /** Refuses a held version: its additions are withdrawn and its removals wait for the next version. */
    @PreAuthorize(LIST_STAFF)
    @Transactional
    public void reject(long version) {
        String rejecter = owner.requireStaff().username();
        lockPublication();
        ListVersion rejected = heldVersion(version).reject(rejecter, clock.instant());
        entries.releaseRejected(version);
        versions.save(rejected);
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
        return versions.recent(50);
    }

    /** Publishes what is pending; used by the schedule and by analysts. Returns the new version, if any. */
    @Transactional
    public Optional<ListVersion> publishPendingChanges(String actor) {
        lockPublication();
        if (versions.held().isPresent()) {
            return Optional.empty();
        }
        List<ListSafety.Addition> additions = refuseWhatTheRulesRefuse(null, actor);
        int removals = entries.pendingRemovalCount();
        if (additions.isEmpty() && removals == 0) {
            return Optional.empty();
        }
        long version = versions.latestNumber() + 1;
        // Milliseconds, so that the time in the signed manifest is the time stored and served.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<HoldReason> reasons = safety.reasonsToHold(additions);
        if (!reasons.isEmpty()) {
            int listed = versions.latestPublished().map(entries::sizeAt).orElse(0);
            ListVersion held = ListVersion.hold(version, actor, now, listed, additions.size(), removals, reasons);
            entries.holdPendingChanges(version);
            versions.add(held);
            auditTrail.recordAs(
                    actor, "blocklist.version-held", "blocklist-version", Long.toString(version), held.heldReasons());
            return Optional.of(held);
        }
        int[] changes = entries.publishChanges(version, null);
        ListVersion published = ListVersion.publish(version, actor, now, seal(version, now, changes));
        versions.add(published);
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
     * Takes off the list what the naming rules refuse, with the version being made ({@code heldVersion} when a held
     * one is approved): listed domains from databases older than the rules, and additions waiting for the version.
     * Returns the additions the rules accept.
     */
    private List<ListSafety.Addition> refuseWhatTheRulesRefuse(Long heldVersion, String actor) {
        for (Entries.ListedDomain listed : entries.listedDomains()) {
            safety.refusalOfListedDomain(listed.domain())
                    .ifPresent(reason -> refuseEntry(listed.id(), listed.domain(), reason, heldVersion, actor));
        }
        ListSafety.Screening screening = safety.screen(entries.pendingAdditions(heldVersion));
        for (ListSafety.Refusal refusal : screening.refused()) {
            refuseEntry(refusal.addition().id(), refusal.addition().host(), refusal.reason(), heldVersion, actor);
        }
        return screening.accepted();
    }

    private void refuseEntry(long entryId, String name, BlocklistError reason, Long heldVersion, String actor) {
        BlocklistEntry entry = entries.entryToChange(entryId).orElseThrow();
        entries.save(entry.refuse(heldVersion, clock.instant()));
        auditTrail.recordAs(
                actor,
                "blocklist.entry-refused",
                "blocklist-entry",
                Long.toString(entryId),
                "reason=" + reason.code() + " name=" + ListableNames.printable(name));
    }

    /** Generates, digests and signs a version's two files and the manifest that binds them to it. */
    private ListVersion.Seal seal(long version, Instant createdAt, int[] changes) {
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
        return new ListVersion.Seal(
                listed[0],
                changes[0],
                changes[1],
                feedSha256,
                feed.signature(),
                zoneSha256,
                zone.signature(),
                manifest.text(),
                signer.sign(manifest.bytes()));
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

    /** A version to approve or reject; one that does not exist is not waiting for approval either. */
    private ListVersion heldVersion(long version) {
        return versions.version(version).orElseThrow(() -> new ConflictException(BlocklistError.VERSION_NOT_HELD));
    }

    private void lockPublication() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", PUBLICATION_LOCK)
                .query()
                .singleRow();
    }
}
