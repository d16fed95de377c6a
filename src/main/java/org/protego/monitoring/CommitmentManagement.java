package org.protego.monitoring;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Organisation;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.TypedText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The State's commitments: monitors and administrators read all of them, the supervisors of an owner organisation the
 * ones it owns; monitors assess them and add evidence, monitors and administrators name their owners. Every change is
 * audited and kept in the commitment's history. Methods are public only for the privilege checks.
 */
@Service
class CommitmentManagement {

    static final int MAX_NOTE = 2000;
    static final int MAX_TITLE = 300;
    static final int MAX_URL = 2000;
    private static final String INDICATOR_CODE = "[a-z][a-z0-9_]{0,63}";
    private static final List<String> EVIDENCE_KINDS = List.of("document", "link", "indicator");

    private final Commitments commitments;
    private final CommitmentStanding standing;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CommitmentManagement(
            Commitments commitments,
            CommitmentStanding standing,
            IdentityManagement identity,
            AuditTrail auditTrail,
            Clock clock) {
        this.commitments = commitments;
        this.standing = standing;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The commitments the caller may read, overdue ones first, then by deadline, then in the documents' order. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<CommitmentViews.CommitmentLine> list() {
        StaffMember me = StaffMember.required();
        List<Commitments.Stored> readable = readsAll(me) ? commitments.all() : commitments.ownedBy(me.organisationId());
        return lines(readable, today());
    }

    /** Every commitment, for the annual report's snapshot; the report's own privilege check guards it. */
    List<CommitmentViews.CommitmentLine> allLines() {
        return lines(commitments.all(), today());
    }

    /** One commitment with its evidence and history; 404 for one the caller may not read. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN','SUPERVISOR')")
    @Transactional(readOnly = true)
    public CommitmentViews.CommitmentView view(String code) {
        return view(readable(code, StaffMember.required()));
    }

    /**
     * Records a monitor's assessment. Met on a day after the deadline is recorded as met late; met needs the day it
     * was met, which may not be in the future.
     */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public CommitmentViews.CommitmentView assess(String code, CommitmentViews.Assessment assessment) {
        Commitments.Stored commitment = existing(code);
        List<FieldProblem> problems = new ArrayList<>();
        CommitmentStatus status = CommitmentStatus.fromCode(
                        assessment.status() == null ? "" : assessment.status().strip())
                .orElse(null);
        if (status == null) {
            problems.add(
                    new FieldProblem("status", MonitoringError.COMMITMENT_STATUS_INVALID, CommitmentStatus.allowed()));
        }
        LocalDate metOn = day("metOn", assessment.metOn(), problems);
        if (status != null && status.met() && metOn == null && problems.isEmpty()) {
            problems.add(new FieldProblem("metOn", MonitoringError.COMMITMENT_MET_ON_REQUIRED));
        }
        String note = text("note", assessment.note(), MAX_NOTE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (!status.met()) {
            metOn = null;
        }
        CommitmentStatus recorded = CommitmentStatus.recorded(status, metOn, commitment.deadline());
        long version = versionToUpdate(commitment, assessment.version());
        Instant now = clock.instant();
        String by = StaffMember.required().username();
        if (!commitments.assess(code, version, recorded, metOn, note, by, now)) {
            throw stale(code);
        }
        commitments.addHistory(
                code,
                now,
                by,
                "assessed",
                new CommitmentViews.HistoryEntry(now, by, "assessed", recorded.code(), metOn, note, null, null));
        auditTrail.record(
                "commitment.assessed",
                "commitment",
                code,
                "status=" + recorded.code() + (metOn == null ? "" : " metOn=" + metOn) + " was="
                        + commitment.status().code());
        return view(existing(code));
    }

    /** Names the organisation that answers for the commitment, or none when the name is blank. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional
    public CommitmentViews.CommitmentView changeOwner(String code, CommitmentViews.OwnerChange change) {
        Commitments.Stored commitment = existing(code);
        String name = TypedText.orNullIfBlank(change.organisation());
        Organisation owner = null;
        if (name != null) {
            owner = identity.organisationNamed(name)
                    .orElseThrow(() -> new InvalidRequestException(List.of(
                            new FieldProblem("organisation", MonitoringError.COMMITMENT_OWNER_UNKNOWN, name.strip()))));
        }
        long version = versionToUpdate(commitment, change.version());
        if (!commitments.setOwner(code, version, owner == null ? null : owner.id())) {
            throw stale(code);
        }
        Instant now = clock.instant();
        String by = StaffMember.required().username();
        String ownerName = owner == null ? null : owner.name();
        commitments.addHistory(
                code,
                now,
                by,
                "owner",
                new CommitmentViews.HistoryEntry(now, by, "owner", null, null, null, ownerName, null));
        auditTrail.record(
                "commitment.owner-changed",
                "commitment",
                code,
                "owner=" + (owner == null ? "" : owner.id()) + " was="
                        + (commitment.ownerId() == null ? "" : commitment.ownerId()));
        return view(existing(code));
    }

    /** Adds a document (title and link), a link, or a live indicator series as evidence. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public CommitmentViews.Evidence addEvidence(String code, CommitmentViews.NewEvidence evidence) {
        existing(code);
        List<FieldProblem> problems = new ArrayList<>();
        String kind = evidence.kind() == null ? "" : evidence.kind().strip();
        String title = text("title", evidence.title(), MAX_TITLE, problems);
        String url = TypedText.orNullIfBlank(evidence.url());
        String indicator = TypedText.orNullIfBlank(evidence.indicator());
        switch (kind) {
            case "document", "link" -> {
                if (kind.equals("document") && title == null) {
                    problems.add(new FieldProblem("title", MonitoringError.EVIDENCE_TITLE_REQUIRED));
                }
                if (!webAddress(url)) {
                    problems.add(new FieldProblem("url", MonitoringError.EVIDENCE_URL_INVALID));
                }
                indicator = null;
            }
            case "indicator" -> {
                if (indicator == null || !indicator.strip().matches(INDICATOR_CODE)) {
                    problems.add(new FieldProblem("indicator", MonitoringError.EVIDENCE_INDICATOR_INVALID));
                }
                url = null;
            }
            default ->
                problems.add(new FieldProblem(
                        "kind", MonitoringError.EVIDENCE_KIND_INVALID, String.join(", ", EVIDENCE_KINDS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        indicator = indicator == null ? null : indicator.strip();
        url = url == null ? null : url.strip();
        var added = new CommitmentViews.NewEvidence(kind, title, url, indicator);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String by = StaffMember.required().username();
        commitments.addEvidence(id, code, added, by, now);
        commitments.touch(code);
        String shown = title != null ? title : indicator != null ? indicator : url;
        commitments.addHistory(
                code,
                now,
                by,
                "evidence",
                new CommitmentViews.HistoryEntry(now, by, "evidence", null, null, null, null, shown));
        auditTrail.record(
                "commitment.evidence-added",
                "commitment",
                code,
                "evidence=" + id + " kind=" + kind + (indicator == null ? "" : " indicator=" + indicator));
        return new CommitmentViews.Evidence(id, kind, title, url, indicator, by, now);
    }

    static boolean readsAll(StaffMember me) {
        return me.has(Role.MONITOR) || me.has(Role.ADMIN);
    }

    private Commitments.Stored readable(String code, StaffMember me) {
        Commitments.Stored commitment = existing(code);
        if (!readsAll(me) && !me.organisationId().equals(commitment.ownerId())) {
            throw new NotFoundException(MonitoringError.COMMITMENT_UNKNOWN, code);
        }
        return commitment;
    }

    private Commitments.Stored existing(String code) {
        return commitments
                .find(code)
                .orElseThrow(() -> new NotFoundException(MonitoringError.COMMITMENT_UNKNOWN, code));
    }

    private static long versionToUpdate(Commitments.Stored commitment, Long given) {
        if (given != null && given != commitment.version()) {
            throw new ConflictException(MonitoringError.COMMITMENT_STALE, String.valueOf(commitment.version()));
        }
        return commitment.version();
    }

    private ConflictException stale(String code) {
        return new ConflictException(
                MonitoringError.COMMITMENT_STALE,
                String.valueOf(
                        commitments.find(code).map(Commitments.Stored::version).orElse(0L)));
    }

    private CommitmentViews.CommitmentView view(Commitments.Stored c) {
        CommitmentStanding.Standing now = standing.of(c, today());
        return new CommitmentViews.CommitmentView(
                c.code(),
                c.document(),
                c.documentYear(),
                c.section(),
                c.paragraph(),
                c.quote(),
                c.summary(),
                c.theme(),
                c.seedFile(),
                now.deadline(),
                c.recurrence(),
                now.overdue(),
                c.status().code(),
                c.metOn(),
                c.note(),
                c.assessedBy(),
                c.assessedAt(),
                c.ownerName(),
                c.ownerId(),
                c.remindedAt(),
                c.indicators(),
                c.instruments(),
                commitments.evidenceOf(c.code()),
                commitments.historyOf(c.code()),
                c.version());
    }

    private List<CommitmentViews.CommitmentLine> lines(List<Commitments.Stored> stored, LocalDate today) {
        List<CommitmentViews.CommitmentLine> lines = new ArrayList<>();
        for (Commitments.Stored c : stored) {
            CommitmentStanding.Standing now = standing.of(c, today);
            lines.add(new CommitmentViews.CommitmentLine(
                    c.code(),
                    c.document(),
                    c.section(),
                    c.paragraph(),
                    c.quote(),
                    c.summary(),
                    now.deadline(),
                    now.overdue(),
                    c.status().code(),
                    c.ownerName(),
                    c.recurrence(),
                    c.version()));
        }
        // A stable sort keeps the documents' order within equal deadlines.
        lines.sort(Comparator.comparing((CommitmentViews.CommitmentLine line) -> !line.overdue())
                .thenComparing(
                        CommitmentViews.CommitmentLine::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }

    private LocalDate today() {
        return YearlyReporting.today(clock.instant());
    }

    /** A day written YYYY-MM-DD, not in the future; null when blank. */
    LocalDate day(String field, String text, List<FieldProblem> problems) {
        return MonitoringDays.past(field, text, today(), problems);
    }

    static String text(String field, String text, int max, List<FieldProblem> problems) {
        String value = TypedText.orNullIfBlank(text);
        if (value == null) {
            return null;
        }
        value = value.strip();
        if (value.length() > max || TypedText.hasForbiddenControlCharacters(value)) {
            problems.add(new FieldProblem(field, MonitoringError.MONITORING_TEXT_TOO_LONG, String.valueOf(max)));
        }
        return value;
    }

    static boolean webAddress(String url) {
        if (url == null || url.strip().length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static final class MonitoringDays {
        private MonitoringDays() {}

        static LocalDate past(String field, String text, LocalDate today, List<FieldProblem> problems) {
            String value = TypedText.orNullIfBlank(text);
            if (value == null) {
                return null;
            }
            try {
                LocalDate day = LocalDate.parse(value.strip());
                if (day.isAfter(today)) {
                    problems.add(new FieldProblem(field, MonitoringError.MONITORING_DATE_IN_FUTURE, day.toString()));
                }
                return day;
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, MonitoringError.MONITORING_DATE_INVALID, value.strip()));
                return null;
            }
        }
    }
}
