package org.protego.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.audit.SignedDocument;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The annual report on the Rio Plan of Action, for monitoring officers: a draft freezes a snapshot of every
 * {@link SnapshotSection} as recorded at its cut-off, the narrative is written around it, and a second officer's
 * approval signs it and keeps its PDF for good. Every change is audited.
 */
@Service
class AnnualReports {

    static final String SIGNED_KIND = "annual-report";
    static final String SIGNED_PDF_KIND = "annual-report-pdf";

    /** The key the report's own facts are kept under in the snapshot; no section may take it. */
    static final String REPORT_KEY = "report";

    private final List<SnapshotSection> sections;
    private final AnnualReportStore store;
    private final AnnualReportRenderer renderer;
    private final AuditTrail auditTrail;
    private final MessageSource messages;
    private final MonitoringSettings settings;
    private final Clock clock;
    private final IndicatorReproduction reproduction;

    AnnualReports(
            List<SnapshotSection> sections,
            AnnualReportStore store,
            AnnualReportRenderer renderer,
            AuditTrail auditTrail,
            MessageSource messages,
            MonitoringSettings settings,
            Clock clock,
            IndicatorReproduction reproduction) {
        Set<String> names = new HashSet<>(Set.of(REPORT_KEY));
        for (SnapshotSection section : sections) {
            if (!names.add(section.name())) {
                throw new IllegalStateException("Two parts of the annual report's snapshot, or a part and the report's"
                        + " own facts, share the name " + section.name());
            }
        }
        this.sections = List.copyOf(sections);
        this.store = store;
        this.renderer = renderer;
        this.auditTrail = auditTrail;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.reproduction = reproduction;
    }

    /** Who is acting, as the report names them. */
    private static AnnualReport.Person me() {
        StaffMember member = StaffMember.required();
        return new AnnualReport.Person(member.userId(), member.username());
    }

    /** A draft of the year's report in one language, its snapshot frozen now. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public AnnualReport draft(Integer year, String language) {
        Instant now = now();
        int reported = AnnualReport.validYear(year, now);
        String chosen = AnnualReport.validLanguage(language);
        Snapshot snapshot = snapshot(reported, now);
        var report = AnnualReport.newDraft(UUID.randomUUID(), reported, chosen, snapshot.sha256(), now, me());
        store.insert(report, snapshot.text());
        auditTrail.record(
                "annual-report.drafted",
                SIGNED_KIND,
                report.id().toString(),
                "year=" + reported + " language=" + chosen + " cutOff=" + now + " snapshot=" + snapshot.sha256());
        return report;
    }

    /** Every report, the latest year first. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public List<AnnualReport> all() {
        return store.all();
    }

    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public AnnualReport get(UUID id) {
        return find(id);
    }

    /** The snapshot's canonical text: its SHA-256 is the report's {@code snapshotSha256}. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public String snapshotText(UUID id) {
        find(id);
        return AnnualReportJson.canonical(store.snapshot(id));
    }

    /**
     * Computes every indicator figure of the report again, with the definition version and cut-off the snapshot names
     * for it, and tells whether each comes out as frozen: a published report's figures must reproduce exactly. The
     * commitments, instruments and registry parts are records of their day, kept with their history, not figures.
     */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public Reproduction reproduce(UUID id) {
        AnnualReport report = find(id);
        JsonNode snapshot = store.snapshot(id);
        List<String> differing = reproduction.differing(snapshot.path("indicators"));
        return new Reproduction(
                report.snapshotSha256(),
                snapshot.path("indicators").path("tables").size(),
                differing,
                differing.isEmpty());
    }

    /**
     * Whether the report's figures came out the same when computed again.
     *
     * @param tables how many tables of the year were computed again (the previous year's come on top)
     * @param differing the tables that did not come out the same
     */
    record Reproduction(String snapshotSha256, int tables, List<String> differing, boolean reproduced) {}

    /** Freezes the draft's snapshot again as recorded now; the narrative stays. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public AnnualReport refresh(UUID id) {
        AnnualReport report = findForUpdate(id);
        report.requireDraft();
        Instant now = now();
        Snapshot snapshot = snapshot(report.year(), now);
        store.replaceSnapshot(report, snapshot.text(), snapshot.sha256(), now);
        auditTrail.record(
                "annual-report.refreshed",
                SIGNED_KIND,
                id.toString(),
                "cutOff=" + now + " snapshot=" + snapshot.sha256() + " was=" + report.snapshotSha256());
        return find(id);
    }

    /** Replaces the draft's narrative; whoever writes it can no longer approve the report. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public AnnualReport writeNarrative(UUID id, Map<String, String> parts) {
        AnnualReport report = findForUpdate(id);
        report.requireDraft();
        Map<String, String> narrative = AnnualReport.validNarrative(parts);
        store.replaceNarrative(report, narrative, me(), now());
        auditTrail.record(
                "annual-report.narrative-written",
                SIGNED_KIND,
                id.toString(),
                "parts=" + narrative.keySet() + " sha256="
                        + AnnualReportJson.sha256(AnnualReportJson.canonical(narrative)));
        return find(id);
    }

    /**
     * Publishes a draft on a second monitoring officer's approval: signs the snapshot's hash, renders the PDF once and
     * keeps it with its own signature, and supersedes the report published before for the same year.
     */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public AnnualReport approve(UUID id) {
        AnnualReport draft = findForUpdate(id);
        AnnualReport.Person approver = me();
        draft.requireApprovableBy(approver.id());
        Instant now = now();
        SignedDocument snapshotSignature = auditTrail.signDocument(SIGNED_KIND, id.toString(), draft.snapshotSha256());
        AnnualReport approved = draft.approvedBy(approver, now, snapshotSignature, null, null);
        byte[] pdf = renderer.pdf(document(approved));
        String pdfSha256 = AnnualReportJson.sha256(pdf);
        SignedDocument pdfSignature = auditTrail.signDocument(SIGNED_PDF_KIND, id.toString(), pdfSha256);
        AnnualReport published = draft.approvedBy(approver, now, snapshotSignature, pdfSha256, pdfSignature);
        store.supersedePublished(draft.year(), id)
                .ifPresent(earlier ->
                        auditTrail.record("annual-report.superseded", SIGNED_KIND, earlier.toString(), "by=" + id));
        store.publish(published, pdf);
        auditTrail.record(
                "annual-report.published",
                SIGNED_KIND,
                id.toString(),
                "year=" + draft.year() + " snapshot=" + draft.snapshotSha256() + " pdf=" + pdfSha256);
        return find(id);
    }

    /** The report as a web page in its own language. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public String page(UUID id) {
        return renderer.page(document(find(id)));
    }

    /** The report's body alone, to show inside a staff page. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public String article(UUID id) {
        return renderer.article(document(find(id)));
    }

    /** A published report's PDF as kept when it was approved; a draft's rendered now, marked as a draft. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional(readOnly = true)
    public AnnualReportPdf pdf(UUID id) {
        AnnualReport report = find(id);
        if (report.draft()) {
            return new AnnualReportPdf(report, renderer.pdf(document(report)));
        }
        return new AnnualReportPdf(report, store.pdf(id).orElseThrow());
    }

    /** The public key that checks every report's signatures, in PEM; anyone may read it. */
    public String publicKeyPem() {
        return auditTrail.documentPublicKeyPem();
    }

    /** A report's PDF with the report it belongs to. */
    record AnnualReportPdf(AnnualReport report, byte[] bytes) {}

    private AnnualReportDocument document(AnnualReport report) {
        return AnnualReportDocument.of(report, store.snapshot(report.id()), messages);
    }

    private record Snapshot(String text, String sha256) {}

    private Snapshot snapshot(int year, Instant cutOff) {
        int minimumCount = settings.minimumCount();
        Map<String, Object> content = new TreeMap<>();
        content.put(
                REPORT_KEY,
                Map.of("year", year, "cutOff", cutOff.toString(), "minimumCount", minimumCount, "format", 1));
        for (SnapshotSection section : sections) {
            content.put(section.name(), section.snapshot(year, cutOff));
        }
        String text = AnnualReportJson.canonical(content);
        return new Snapshot(text, AnnualReportJson.sha256(text));
    }

    private Instant now() {
        // Microseconds, as PostgreSQL keeps them, so that the stored cut-off is the one the snapshot was taken at.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private AnnualReport find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(MonitoringError.ANNUAL_REPORT_UNKNOWN));
    }

    private AnnualReport findForUpdate(UUID id) {
        return store.findForUpdate(id).orElseThrow(() -> new NotFoundException(MonitoringError.ANNUAL_REPORT_UNKNOWN));
    }
}
