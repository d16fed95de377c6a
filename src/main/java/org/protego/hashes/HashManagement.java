package org.protego.hashes;

import java.io.Writer;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hash lists: adding and removing entries, series, licences, matching, and CSV import and export. The facade checks
 * who may act on which list and orchestrates; {@link HashInput} checks what was typed and {@link HashListCsv} reads
 * and writes the files.
 *
 * <p>Every list belongs to an organisation. Only that organisation's analysts change its entries and series, and an
 * administrator imports only into lists of their own organisation. Everyone reads a list (matches against it, exports
 * it, asks its version) only if it belongs to their organisation or is licensed to it.
 */
@Service
public class HashManagement {

    /** The list the hotline organisation's analysts add to when they name none. */
    static final String HOTLINE_DEFAULT_LIST = "national";

    static final String CSV_HEADER = HashListCsv.HEADER;

    private final HashEntries entries;
    private final PdqMatching pdq;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Clock clock;

    HashManagement(
            HashEntries entries, PdqMatching pdq, IdentityManagement identity, AuditTrail auditTrail, Clock clock) {
        this.entries = entries;
        this.pdq = pdq;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * An entry to add: its list (the caller's organisation's default list if none), algorithm, value, classification
     * and series.
     */
    public record AddHash(
            String list, String algorithm, String value, String classification, String series, UUID urlItemId) {}

    /** The stored entry, and whether the hash was already on the list with an earlier classification. */
    public record AddedHash(HashEntry entry, boolean alreadyKnown) {}

    /**
     * Adds a hash an analyst computed on their own workstation to a list of the analyst's organisation, created if it
     * does not exist yet; a list of another organisation is refused. A hash already on the list is not added twice and
     * brings back its earlier classification, so nobody has to view that material again.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public AddedHash add(AddHash command) {
        HashInput.ValidHash hash = HashInput.checked(command);
        StaffMember analyst = StaffMember.required();
        Instant now = clock.instant();
        var list = listToChange(hash.list() == null ? defaultListName(analyst) : hash.list(), analyst, now);
        var known = entries.liveEntry(list.id(), hash.algorithm(), hash.value());
        if (known.isPresent()) {
            return new AddedHash(known.get().view(), true);
        }
        UUID seriesId = hash.series() == null
                ? null
                : entries.ensureSeries(list.organisationId(), hash.series(), analyst.username(), now);
        long id = entries.insert(
                list.id(),
                hash.algorithm(),
                hash.value(),
                hash.classification().code(),
                seriesId,
                analyst.organisationName(),
                command.urlItemId(),
                analyst.username(),
                now);
        if (hash.algorithm() == HashAlgorithm.PDQ) {
            pdq.addAfterCommit(id, PdqHash.fromHex(hash.value()));
        }
        auditTrail.record(
                "hash.added",
                "hash-entry",
                Long.toString(id),
                "list=" + list.name() + " algorithm=" + hash.algorithm().code() + " classification="
                        + hash.classification().code());
        return new AddedHash(entries.entry(id).orElseThrow().view(), false);
    }

    /** Removes an entry of the analyst's organisation; it stops matching as soon as the removal commits. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void remove(long entryId) {
        var entry = entryToChange(entryId);
        entries.markRemoved(entryId, entry.listId(), clock.instant());
        if (entry.algorithm() == HashAlgorithm.PDQ) {
            pdq.removeAfterCommit(entryId);
        }
        auditTrail.record("hash.removed", "hash-entry", Long.toString(entryId), "list=" + entry.list());
    }

    /** Changes the classification of an entry of the analyst's organisation. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public HashEntry reclassify(long entryId, String classification) {
        var entry = entryToChange(entryId);
        var known = HashClassification.fromCode(classification)
                .orElseThrow(() -> new InvalidRequestException(
                        List.of(new FieldProblem("classification", HashError.CLASSIFICATION_UNKNOWN))));
        entries.reclassify(entryId, entry.listId(), known.code(), clock.instant());
        auditTrail.record(
                "hash.reclassified",
                "hash-entry",
                Long.toString(entryId),
                entry.classification() + " -> " + known.code());
        return entries.entry(entryId).orElseThrow().view();
    }

    /**
     * Puts an entry of the analyst's organisation into one of its series (images of the same victim or set), created
     * if new. The series name is not written to the audit trail, where it would stay in plain text.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public HashEntry assignSeries(long entryId, String series) {
        var entry = entryToChange(entryId);
        String name = HashInput.checkedSeries(series);
        Instant now = clock.instant();
        UUID seriesId = entries.ensureSeries(
                entry.organisationId(), name, StaffMember.required().username(), now);
        entries.setSeries(entryId, entry.listId(), seriesId, now);
        auditTrail.record("hash.series-assigned", "hash-entry", Long.toString(entryId), "series=" + seriesId);
        return entries.entry(entryId).orElseThrow().view();
    }

    /**
     * Matches up to 1,000 hashes: PDQ by Hamming distance through the multi-index (exactly what a full scan would
     * find), exact digests by equality, against the lists of the caller's organisation and those licensed to it.
     */
    @PreAuthorize("hasAnyRole('INDUSTRY','ANALYST')")
    @Transactional(readOnly = true)
    public List<MatchResult> match(List<HashQuery> queries, Integer maxDistance) {
        int distance = maxDistance == null ? HashInput.MAX_DISTANCE : maxDistance;
        HashInput.checkMatch(queries, distance);
        Set<UUID> readable = readableListIds(StaffMember.required());
        var results = new ArrayList<MatchResult>();
        for (HashQuery query : queries) {
            HashAlgorithm algorithm = HashAlgorithm.fromCode(query.algorithm()).orElseThrow();
            String value = query.value().strip().toLowerCase(Locale.ROOT);
            Map<Long, Integer> distances = new LinkedHashMap<>();
            if (algorithm == HashAlgorithm.PDQ) {
                List<String> variants = new ArrayList<>(List.of(value));
                if (query.dihedralVariants() != null) {
                    query.dihedralVariants()
                            .forEach(variant -> variants.add(variant.strip().toLowerCase(Locale.ROOT)));
                }
                for (String variant : variants) {
                    for (PdqMatch match : pdq.search(PdqHash.fromHex(variant), distance)) {
                        distances.merge(match.entryId(), match.distance(), Math::min);
                    }
                }
            } else {
                entries.liveExact(algorithm, value).forEach(entry -> distances.put(entry.id(), 0));
            }
            List<HashMatch> matches = entries.liveEntries(distances.keySet()).stream()
                    .filter(entry -> readable.contains(entry.listId()))
                    .map(entry ->
                            new HashMatch(entry.id(), distances.get(entry.id()), entry.classification(), entry.list()))
                    .sorted(Comparator.comparingInt(HashMatch::distance).thenComparingLong(HashMatch::entryId))
                    .toList();
            results.add(new MatchResult(query.value(), matches));
        }
        return results;
    }

    /**
     * Writes a list the caller may read as RFC 4180 CSV, whole or only what changed after a version, with cells a
     * spreadsheet would run as formulas neutralised; returns the version written.
     */
    @PreAuthorize("hasAnyRole('INDUSTRY','ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public long export(String listName, long since, Writer out) {
        var list = listToRead(listName);
        long version = entries.latestChange(list.id());
        var csv = HashListCsv.Export.withHeader(out, since > 0);
        entries.forEachEntry(list.id(), since, csv::entry);
        csv.flush();
        return version;
    }

    /** The newest change number of a list the caller may read, which a member passes back as {@code since}. */
    @PreAuthorize("hasAnyRole('INDUSTRY','ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public long version(String listName) {
        return entries.latestChange(listToRead(listName).id());
    }

    /**
     * Imports RFC 4180 CSV records {@code algorithm,hash,classification,series,source,date_added} into a list of the
     * administrator's organisation, created if it does not exist yet; a list of another organisation is refused, and
     * a file with any bad record changes nothing. Hashes already on the list are skipped. Returns how many were added.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int importCsv(String listName, String csv) {
        HashInput.requireValidListName(listName);
        List<HashListCsv.Line> lines = HashListCsv.parse(csv);
        StaffMember admin = StaffMember.required();
        Instant now = clock.instant();
        var list = listToChange(listName, admin, now);
        int added = 0;
        for (HashListCsv.Line line : lines) {
            if (entries.liveEntry(list.id(), line.algorithm(), line.value()).isPresent()) {
                continue;
            }
            UUID seriesId = line.series() == null
                    ? null
                    : entries.ensureSeries(list.organisationId(), line.series(), admin.username(), now);
            long id = entries.insert(
                    list.id(),
                    line.algorithm(),
                    line.value(),
                    line.classification(),
                    seriesId,
                    line.source() == null ? "import" : line.source(),
                    null,
                    admin.username(),
                    line.added() == null ? now : line.added());
            if (line.algorithm() == HashAlgorithm.PDQ) {
                pdq.addAfterCommit(id, PdqHash.fromHex(line.value()));
            }
            added++;
        }
        auditTrail.record("hash.list-imported", "hash-list", listName, "added=" + added + " lines=" + lines.size());
        return added;
    }

    /**
     * Lets an organisation match against and download a list; administrators manage the licences of every list. A
     * list that does not exist yet is created for the administrator's organisation.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void license(String listName, UUID organisationId) {
        HashInput.requireValidListName(listName);
        var list = entries.ensureList(listName, StaffMember.required().organisationId(), clock.instant());
        entries.license(list.id(), organisationId);
        auditTrail.record("hash.list-licensed", "hash-list", listName, "organisation=" + organisationId);
    }

    /** Withdraws an organisation's licence for a list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revokeLicence(String listName, UUID organisationId) {
        var list = entries.list(listName).orElseThrow(() -> new NotFoundException(HashError.LIST_NOT_FOUND, listName));
        entries.revokeLicence(list.id(), organisationId);
        auditTrail.record("hash.licence-revoked", "hash-list", listName, "organisation=" + organisationId);
    }

    /** The names of the lists the caller may read: those of their organisation and those licensed to it. */
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Transactional(readOnly = true)
    public List<String> lists() {
        return entries.readableLists(StaffMember.required().organisationId()).stream()
                .map(HashEntries.ListRow::name)
                .toList();
    }

    /** Every list with its owner, for the administrator who licenses them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<HashList> administeredLists() {
        Set<UUID> readable = readableListIds(StaffMember.required());
        Map<UUID, String> owners = new HashMap<>();
        return entries.lists().stream()
                .map(list -> new HashList(
                        list.name(),
                        owners.computeIfAbsent(list.organisationId(), identity::organisationName),
                        readable.contains(list.id())))
                .toList();
    }

    /**
     * The name of the list an organisation's analysts add to when they name none: {@value #HOTLINE_DEFAULT_LIST} for
     * the hotline organisation; for any other, the organisation's name in lower case with every run of characters
     * other than letters, digits, dots and dashes made one dash ({@code ISP Example} adds to {@code isp-example}).
     */
    String defaultListName(StaffMember member) {
        if (member.organisationId().equals(identity.hotlineOrganisation().id())) {
            return HOTLINE_DEFAULT_LIST;
        }
        return listNameFor(member.organisationName(), member.organisationId());
    }

    static String listNameFor(String organisationName, UUID organisationId) {
        String name = Normalizer.normalize(organisationName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "");
        if (name.length() > 64) {
            name = name.substring(0, 64);
        }
        name = name.replaceAll("[^a-z0-9]+$", "");
        // A name written only in other scripts leaves nothing; the organisation's id keeps it unique.
        return name.isEmpty() ? "organisation-" + organisationId.toString().substring(0, 8) : name;
    }

    /** The list of that name to change, created for the member's organisation if new; another's is refused. */
    private HashEntries.ListRow listToChange(String listName, StaffMember member, Instant now) {
        var list = entries.ensureList(listName, member.organisationId(), now);
        if (!list.organisationId().equals(member.organisationId())) {
            throw new RefusedException(HashError.LIST_NOT_OWNED, listName);
        }
        return list;
    }

    /** A list the caller may read; any other answers 404, as if it did not exist. */
    private HashEntries.ListRow listToRead(String listName) {
        return entries.list(listName)
                .filter(list -> readableListIds(StaffMember.required()).contains(list.id()))
                .orElseThrow(() -> new NotFoundException(HashError.LIST_NOT_FOUND, listName));
    }

    /**
     * A live entry on a list of the caller's organisation. One the caller may read but not change answers 403; one it
     * may not even read answers 404, as if it did not exist.
     */
    private HashEntries.EntryRow entryToChange(long entryId) {
        StaffMember member = StaffMember.required();
        var entry = entries.entry(entryId)
                .filter(HashEntries.EntryRow::live)
                .orElseThrow(() -> new NotFoundException(HashError.ENTRY_NOT_FOUND, Long.toString(entryId)));
        if (!entry.organisationId().equals(member.organisationId())) {
            if (readableListIds(member).contains(entry.listId())) {
                throw new RefusedException(HashError.ENTRY_NOT_OWNED);
            }
            throw new NotFoundException(HashError.ENTRY_NOT_FOUND, Long.toString(entryId));
        }
        return entry;
    }

    private Set<UUID> readableListIds(StaffMember member) {
        return entries.readableLists(member.organisationId()).stream()
                .map(HashEntries.ListRow::id)
                .collect(Collectors.toSet());
    }
}
