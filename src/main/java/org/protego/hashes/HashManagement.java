package org.protego.hashes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.TypedText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hash lists: adding and removing entries, series, licences, matching, and CSV import and export. */
@Service
public class HashManagement {

    static final int MAX_QUERIES = 1000;
    static final int MAX_DISTANCE = 31;
    static final String DEFAULT_LIST = "national";
    static final String CSV_HEADER = "algorithm,hash,classification,series,source,date_added";

    private final HashEntries entries;
    private final PdqMatching pdq;
    private final AuditTrail auditTrail;
    private final Clock clock;

    HashManagement(HashEntries entries, PdqMatching pdq, AuditTrail auditTrail, Clock clock) {
        this.entries = entries;
        this.pdq = pdq;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** An entry to add: its list (the national list if none), algorithm, value, classification and series. */
    public record AddHash(
            String list, String algorithm, String value, String classification, String series, UUID urlItemId) {}

    /** The stored entry, and whether the hash was already on the list with an earlier classification. */
    public record AddedHash(HashEntry entry, boolean alreadyKnown) {}

    /**
     * Adds a hash an analyst computed on their own workstation; a hash already on the list is not added twice and
     * brings back its earlier classification, so nobody has to view that material again.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public AddedHash add(AddHash command) {
        var problems = new ArrayList<FieldProblem>();
        HashAlgorithm algorithm = HashAlgorithm.fromCode(command.algorithm()).orElse(null);
        if (algorithm == null) {
            problems.add(new FieldProblem("algorithm", "algorithm-unknown", "pdq, md5, sha1 or sha256."));
        }
        String value = command.value() == null ? "" : command.value().strip().toLowerCase(Locale.ROOT);
        if (algorithm != null && !algorithm.accepts(value)) {
            problems.add(new FieldProblem("value", "hash-malformed", "Hexadecimal digits of the algorithm's length."));
        }
        var classification = HashClassification.fromCode(command.classification());
        if (classification.isEmpty()) {
            problems.add(
                    new FieldProblem("classification", "classification-unknown", "csam_baseline or illegal_national."));
        }
        String series = TypedText.orNullIfBlank(command.series());
        if (series != null && (series.length() > 100 || series.chars().anyMatch(Character::isISOControl))) {
            problems.add(new FieldProblem("series", "series-invalid", "At most 100 characters."));
        }
        String listName = TypedText.orNullIfBlank(command.list()) == null
                ? DEFAULT_LIST
                : command.list().strip();
        if (!listName.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            problems.add(new FieldProblem("list", "list-invalid", "Lower-case letters, digits, dots and dashes."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        var list = entries.ensureList(listName, now);
        Optional<HashEntries.EntryRow> known = entries.liveEntry(list.id(), algorithm, value);
        if (known.isPresent()) {
            return new AddedHash(known.get().view(), true);
        }
        String analyst = StaffMember.required().username();
        UUID seriesId = series == null ? null : entries.ensureSeries(series, analyst, now);
        long id = entries.insert(
                list.id(),
                algorithm,
                value,
                classification.get().code(),
                seriesId,
                StaffMember.required().organisationName(),
                command.urlItemId(),
                analyst,
                now);
        if (algorithm == HashAlgorithm.PDQ) {
            pdq.addAfterCommit(id, PdqHash.fromHex(value));
        }
        auditTrail.record(
                "hash.added",
                "hash-entry",
                Long.toString(id),
                "list=" + listName + " algorithm=" + algorithm.code() + " classification="
                        + classification.get().code());
        return new AddedHash(entries.entry(id).orElseThrow().view(), false);
    }

    /** Removes an entry; it stops matching as soon as the removal commits. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void remove(long entryId) {
        var entry = liveEntry(entryId);
        entries.markRemoved(entryId, entry.listId(), clock.instant());
        if (entry.algorithm() == HashAlgorithm.PDQ) {
            pdq.removeAfterCommit(entryId);
        }
        auditTrail.record("hash.removed", "hash-entry", Long.toString(entryId), "list=" + entry.list());
    }

    /** Changes an entry's classification. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public HashEntry reclassify(long entryId, String classification) {
        var entry = liveEntry(entryId);
        var known = HashClassification.fromCode(classification)
                .orElseThrow(() -> new InvalidRequestException(List.of(new FieldProblem(
                        "classification", "classification-unknown", "csam_baseline or illegal_national."))));
        entries.reclassify(entryId, entry.listId(), known.code(), clock.instant());
        auditTrail.record(
                "hash.reclassified",
                "hash-entry",
                Long.toString(entryId),
                entry.classification() + " -> " + known.code());
        return entries.entry(entryId).orElseThrow().view();
    }

    /** Puts an entry into a series (images of the same victim or set), created if new. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public HashEntry assignSeries(long entryId, String series) {
        var entry = liveEntry(entryId);
        String name = TypedText.orNullIfBlank(series);
        if (name == null || name.length() > 100) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("series", "series-invalid", "1 to 100 characters.")));
        }
        String analyst = StaffMember.required().username();
        entries.setSeries(
                entryId, entry.listId(), entries.ensureSeries(name.strip(), analyst, clock.instant()), clock.instant());
        auditTrail.record("hash.series-assigned", "hash-entry", Long.toString(entryId), "series=" + name.strip());
        return entries.entry(entryId).orElseThrow().view();
    }

    /**
     * Matches up to 1,000 hashes: PDQ by Hamming distance through the multi-index (exactly what a full scan would
     * find), exact digests by equality. Industry members see only the lists they are licensed for.
     */
    @PreAuthorize("hasAnyRole('INDUSTRY','ANALYST')")
    @Transactional(readOnly = true)
    public List<MatchResult> match(List<HashQuery> queries, Integer maxDistance) {
        int distance = maxDistance == null ? MAX_DISTANCE : maxDistance;
        var problems = new ArrayList<FieldProblem>();
        if (queries == null || queries.isEmpty() || queries.size() > MAX_QUERIES) {
            problems.add(new FieldProblem("hashes", "hashes-count", "1 to " + MAX_QUERIES + " hashes."));
        }
        if (distance < 0 || distance > MAX_DISTANCE) {
            problems.add(new FieldProblem("maxDistance", "distance-invalid", "0 to " + MAX_DISTANCE + "."));
        }
        for (int i = 0; queries != null && i < queries.size() && problems.size() < 20; i++) {
            validate(queries.get(i), "hashes[" + i + "]", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Set<UUID> allowedLists = allowedLists();
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
                    .filter(entry -> allowedLists == null || allowedLists.contains(entry.listId()))
                    .map(entry ->
                            new HashMatch(entry.id(), distances.get(entry.id()), entry.classification(), entry.list()))
                    .sorted(Comparator.comparingInt(HashMatch::distance).thenComparingLong(HashMatch::entryId))
                    .toList();
            results.add(new MatchResult(query.value(), matches));
        }
        return results;
    }

    /** Writes a list as CSV, whole or only what changed after a version; returns the version written. */
    @PreAuthorize("hasAnyRole('INDUSTRY','ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public long export(String listName, long since, Writer out) {
        var list = entries.list(listName).orElseThrow(() -> new NotFoundException("No list " + listName));
        Set<UUID> allowed = allowedLists();
        if (allowed != null && !allowed.contains(list.id())) {
            throw new NotFoundException("No list " + listName);
        }
        long version = entries.latestChange(list.id());
        try {
            out.write((since > 0 ? "change," : "") + CSV_HEADER + "\n");
            entries.forEachEntry(list.id(), since, (entry, kind) -> {
                try {
                    out.write((since > 0 ? kind.toLowerCase(Locale.ROOT) + "," : "")
                            + entry.algorithm().code() + ","
                            + entry.value() + "," + entry.classification() + "," + csv(entry.series()) + ","
                            + csv(entry.source()) + "," + entry.addedAt() + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return version;
    }

    /** The newest change number of a list, which a member passes back as {@code since} for a delta. */
    @PreAuthorize("hasAnyRole('INDUSTRY','ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public long version(String listName) {
        var list = entries.list(listName).orElseThrow(() -> new NotFoundException("No list " + listName));
        Set<UUID> allowed = allowedLists();
        if (allowed != null && !allowed.contains(list.id())) {
            throw new NotFoundException("No list " + listName);
        }
        return entries.latestChange(list.id());
    }

    /**
     * Imports CSV lines {@code algorithm,hash,classification,series,source,date_added} into a list; a file with any
     * bad line changes nothing. Hashes already on the list are skipped. Returns how many were added.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int importCsv(String listName, String csv) {
        if (listName == null || !listName.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("list", "list-invalid", "Lower-case letters, digits, dots and dashes.")));
        }
        record Line(
                HashAlgorithm algorithm,
                String value,
                String classification,
                String series,
                String source,
                Instant added) {}
        var lines = new ArrayList<Line>();
        var problems = new ArrayList<FieldProblem>();
        String[] rows = (csv == null ? "" : csv).split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith(CSV_HEADER.substring(0, 9))) {
                continue;
            }
            String[] fields = row.split(",", -1);
            var algorithm = fields.length == 6 ? HashAlgorithm.fromCode(fields[0]) : Optional.<HashAlgorithm>empty();
            String value = fields.length > 1 ? fields[1].strip().toLowerCase(Locale.ROOT) : "";
            Instant added = null;
            try {
                added = fields.length == 6 && !fields[5].isBlank() ? Instant.parse(fields[5].strip()) : null;
            } catch (DateTimeParseException e) {
                algorithm = Optional.empty();
            }
            if (algorithm.isEmpty()
                    || !algorithm.get().accepts(value)
                    || HashClassification.fromCode(fields[2].strip()).isEmpty()) {
                if (problems.size() < 20) {
                    problems.add(new FieldProblem(
                            "line " + (i + 1),
                            "hash-line-invalid",
                            "Expected " + CSV_HEADER + " with a known algorithm and classification."));
                }
                continue;
            }
            lines.add(new Line(
                    algorithm.get(),
                    value,
                    fields[2].strip(),
                    TypedText.orNullIfBlank(fields[3]),
                    TypedText.orNullIfBlank(fields[4]),
                    added));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        var list = entries.ensureList(listName, now);
        String admin = StaffMember.required().username();
        int added = 0;
        for (Line line : lines) {
            if (entries.liveEntry(list.id(), line.algorithm(), line.value()).isPresent()) {
                continue;
            }
            UUID seriesId = line.series() == null
                    ? null
                    : entries.ensureSeries(line.series().strip(), admin, now);
            long id = entries.insert(
                    list.id(),
                    line.algorithm(),
                    line.value(),
                    line.classification(),
                    seriesId,
                    line.source() == null ? "import" : line.source().strip(),
                    null,
                    admin,
                    line.added() == null ? now : line.added());
            if (line.algorithm() == HashAlgorithm.PDQ) {
                pdq.addAfterCommit(id, PdqHash.fromHex(line.value()));
            }
            added++;
        }
        auditTrail.record("hash.list-imported", "hash-list", listName, "added=" + added + " lines=" + lines.size());
        return added;
    }

    /** Lets an organisation match against and download a list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void license(String listName, UUID organisationId) {
        var list = entries.ensureList(listName, clock.instant());
        entries.license(list.id(), organisationId);
        auditTrail.record("hash.list-licensed", "hash-list", listName, "organisation=" + organisationId);
    }

    /** Withdraws an organisation's licence for a list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revokeLicence(String listName, UUID organisationId) {
        var list = entries.list(listName).orElseThrow(() -> new NotFoundException("No list " + listName));
        entries.revokeLicence(list.id(), organisationId);
        auditTrail.record("hash.licence-revoked", "hash-list", listName, "organisation=" + organisationId);
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Transactional(readOnly = true)
    public List<String> lists() {
        return entries.lists().stream().map(HashEntries.ListRow::name).toList();
    }

    /** Lists an industry member may use; null for analysts, who see every list. */
    private Set<UUID> allowedLists() {
        StaffMember member = StaffMember.required();
        if (member.has(Role.ANALYST) || member.has(Role.ADMIN)) {
            return null;
        }
        return new HashSet<>(entries.licensedLists(member.organisationId()));
    }

    private HashEntries.EntryRow liveEntry(long entryId) {
        return entries.entry(entryId)
                .filter(HashEntries.EntryRow::live)
                .orElseThrow(() -> new NotFoundException("No hash entry " + entryId));
    }

    private static void validate(HashQuery query, String field, List<FieldProblem> problems) {
        if (query == null) {
            problems.add(new FieldProblem(field, "hash-missing", "Give algorithm and value."));
            return;
        }
        var algorithm = HashAlgorithm.fromCode(query.algorithm());
        String value = query.value() == null ? "" : query.value().strip().toLowerCase(Locale.ROOT);
        if (algorithm.isEmpty()) {
            problems.add(new FieldProblem(field + ".algorithm", "algorithm-unknown", "pdq, md5, sha1 or sha256."));
        } else if (!algorithm.get().accepts(value)) {
            problems.add(new FieldProblem(field + ".value", "hash-malformed", "Hex digits of the algorithm's length."));
        }
        if (query.dihedralVariants() != null
                && (query.dihedralVariants().size() > 7
                        || algorithm.filter(HashAlgorithm.PDQ::equals).isEmpty()
                        || !query.dihedralVariants().stream()
                                .allMatch(variant ->
                                        HashAlgorithm.PDQ.accepts(variant == null ? "" : variant.strip())))) {
            problems.add(new FieldProblem(
                    field + ".dihedralVariants",
                    "variants-invalid",
                    "Up to 7 further PDQ hashes, for PDQ queries only."));
        }
    }

    private static String csv(String text) {
        return text == null ? "" : text.replace(",", " ").replace("\n", " ");
    }
}
