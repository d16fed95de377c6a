package org.protego.triage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.reports.ReportManagement;
import org.protego.shared.CanonicalUrl;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.InvalidUrlException;
import org.protego.shared.NotFoundException;
import org.protego.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The analyst's work: the queue, URL items, assessments, closing reports, and the hosting-country table. */
@Service
public class TriageManagement {

    /** How many reports the API's queue answers with when no page is asked for. */
    static final int QUEUE_LIMIT = QueueQuery.MAX_PAGE_SIZE;

    static final int MAX_NOTE_LENGTH = 4000;

    private final UrlItems urlItems;
    private final IpRanges ipRanges;
    private final ReportManagement reports;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TriageManagement(
            UrlItems urlItems,
            IpRanges ipRanges,
            ReportManagement reports,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock) {
        this.urlItems = urlItems;
        this.ipRanges = ipRanges;
        this.reports = reports;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The first open reports of the analyst's organisation: child in immediate danger first, then reports by children,
     * then oldest.
     */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<QueueEntry> queue() {
        return urlItems.openReports(StaffMember.required().organisationId(), QueueQuery.everything(QUEUE_LIMIT));
    }

    /** One page of the open reports of the analyst's organisation that the query picks, in its order. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public QueuePage queue(QueueQuery query) {
        UUID organisationId = StaffMember.required().organisationId();
        long total = urlItems.countOpenReports(organisationId, query);
        return new QueuePage(urlItems.openReports(organisationId, query), query, total);
    }

    /** How many reports of the analyst's organisation are open, for a count beside the way to the queue. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public long openReportCount() {
        return urlItems.countOpenReports(StaffMember.required().organisationId(), QueueQuery.everything(1));
    }

    /** A report with its URL items; reading it is audited by the reports module. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public TriagedReport report(UUID reportId) {
        var details = reports.details(reportId);
        var items = urlItems.itemsOfReport(reportId);
        items.forEach(
                reported -> auditNotesRead(reported.item().id(), reported.item().currentAssessment()));
        return new TriagedReport(details, items, urlItems.isClosed(reportId));
    }

    /** The analyst's organisation's items whose canonical form equals that of the URL as reported. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public List<UrlItem> itemsMatching(String urlAsReported) {
        try {
            List<UrlItem> items = urlItems.byCanonicalUrl(
                    StaffMember.required().organisationId(),
                    CanonicalUrl.of(urlAsReported).value());
            items.forEach(item -> auditNotesRead(item.id(), item.currentAssessment()));
            return items;
        } catch (InvalidUrlException e) {
            throw new InvalidRequestException(List.of(urlProblem(e)));
        }
    }

    /** One URL item with its current assessment; reading its note is audited. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public UrlItem item(UUID itemId) {
        requireItemOfViewersOrganisation(itemId);
        UrlItem item = urlItems.byId(itemId).orElseThrow();
        auditNotesRead(itemId, item.currentAssessment());
        return item;
    }

    /**
     * One URL item of the caller's organisation as other modules act on it: its current assessment comes without the
     * analyst's note, so looking it up reads nothing identifying and needs no audit entry.
     */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public UrlItem itemWithoutNote(UUID itemId) {
        requireItemOfViewersOrganisation(itemId);
        return urlItems.byId(itemId).orElseThrow().withoutNote();
    }

    /** Every assessment of an item, newest first; reading their notes is audited. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public List<Assessment> assessmentHistory(UUID itemId) {
        requireItemOfViewersOrganisation(itemId);
        List<Assessment> history = urlItems.assessmentsOf(itemId);
        auditNotesRead(itemId, history.toArray(Assessment[]::new));
        return history;
    }

    /**
     * Records an assessment of a URL item; every open report containing the item moves to the status that follows.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Assessment assess(UUID itemId, AssessUrl command) {
        UUID organisationId = requireItemOfViewersOrganisation(itemId);
        UrlItem item =
                urlItems.forUpdate(itemId).orElseThrow(() -> notFound(itemId)).assess(validated(itemId, command));
        urlItems.saveAssessed(item);
        Assessment assessment = item.currentAssessment();
        auditTrail.record(
                "url-item.assessed",
                "url-item",
                itemId.toString(),
                "outcome=" + assessment.outcome().code() + " country=" + assessment.hostingCountry());
        for (UUID reportId : urlItems.openReportsContaining(itemId)) {
            reports.recordProgress(reportId, ReportProgress.statusFollowingFrom(urlItems.currentOutcomesOf(reportId)));
        }
        events.publishEvent(new UrlAssessed(
                itemId,
                organisationId,
                item.canonicalUrl(),
                item.host(),
                assessment.outcome(),
                assessment.hostingCountry(),
                item.firstReportedAt(),
                assessment.assessedAt(),
                assessment.assessedBy()));
        return assessment;
    }

    /** Closes a report of the analyst's organisation; it leaves the queue. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void closeReport(UUID reportId) {
        reports.close(reportId);
        urlItems.markClosed(reportId, clock.instant());
    }

    /** Replaces the IP-range-to-country table with the ranges of a CSV file; a file with any bad line changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int importIpRanges(String csv) {
        List<IpRanges.Range> ranges = IpRanges.parse(csv);
        ipRanges.replaceAll(ranges);
        auditTrail.record("ip-ranges.imported", "ip-ranges", "table", "ranges=" + ranges.size());
        return ranges.size();
    }

    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Transactional(readOnly = true)
    public int ipRangeCount() {
        return ipRanges.count();
    }

    /** The country whose range holds an IP address, from the imported table. */
    @PreAuthorize("hasAnyRole('ADMIN','ANALYST')")
    @Transactional(readOnly = true)
    public Optional<String> hostingCountryOf(String ipAddress) {
        return ipRanges.countryOf(ipAddress);
    }

    /**
     * Where each URL of an industry member's own submission stands: assessed or not, and the outcome. Only assessments
     * made after the submission was received count; a URL the hotline assessed earlier, for someone else's report,
     * shows as awaiting assessment, so that submitting a URL never reveals what the hotline concluded about it.
     */
    @PreAuthorize("hasRole('INDUSTRY')")
    @Transactional(readOnly = true)
    public List<SubmissionOutcome> outcomesOfSubmission(String reference) {
        return urlItems.outcomesOfSubmission(reports.submissionOfCaller(reference));
    }

    /**
     * The outcome of a URL item's current assessment, if it has one, for modules acting on an assessment after it was
     * committed: a newer assessment may have replaced the one they heard of.
     */
    @Transactional(readOnly = true)
    public Optional<AssessmentOutcome> currentOutcomeOf(UUID itemId) {
        return urlItems.byId(itemId).map(UrlItem::currentAssessment).map(Assessment::outcome);
    }

    /** The reference of the first report that named a URL item, quoted in notices about it; empty if none. */
    @Transactional(readOnly = true)
    public String firstReportReferenceOf(UUID itemId) {
        return urlItems.firstReportReferenceOf(itemId).orElse("");
    }

    @Transactional
    void fileReceivedReport(org.protego.reports.ReportReceived event) {
        if (!urlItems.file(event)) {
            return;
        }
        auditTrail.record(
                "report.filed",
                "report",
                event.reportId().toString(),
                "reference=" + event.reference() + " urls=" + event.urls().size());
        // A URL already assessed for an earlier report needs no new assessment: the new report follows at once.
        List<AssessmentOutcome> outcomes = urlItems.currentOutcomesOf(event.reportId());
        var status = ReportProgress.statusFollowingFrom(outcomes);
        if (status != org.protego.reports.ReportStatus.RECEIVED) {
            reports.recordProgress(event.reportId(), status);
        }
    }

    /** Notes may identify a child, so every read of one is recorded, as reading a report's description is. */
    private void auditNotesRead(UUID itemId, Assessment... assessments) {
        long notes = java.util.Arrays.stream(assessments)
                .filter(assessment -> assessment != null && assessment.note() != null)
                .count();
        if (notes > 0) {
            auditTrail.record("url-item.notes-read", "url-item", itemId.toString(), "notes=" + notes);
        }
    }

    private UUID requireItemOfViewersOrganisation(UUID itemId) {
        UUID organisationId = StaffMember.required().organisationId();
        return urlItems.organisationOf(itemId).filter(organisationId::equals).orElseThrow(() -> notFound(itemId));
    }

    private static NotFoundException notFound(UUID itemId) {
        return new NotFoundException(TriageError.URL_ITEM_NOT_FOUND, itemId);
    }

    private static FieldProblem urlProblem(InvalidUrlException e) {
        TriageError error = switch (e.reason()) {
            case BLANK -> TriageError.URL_BLANK;
            case TOO_LONG -> TriageError.URL_TOO_LONG;
            case CONTROL_CHARACTERS -> TriageError.URL_CONTROL_CHARACTERS;
            case UNSUPPORTED_SCHEME -> TriageError.URL_SCHEME_UNSUPPORTED;
            case MISSING_HOST -> TriageError.URL_WITHOUT_HOST;
            case MALFORMED -> TriageError.URL_MALFORMED;
        };
        return error == TriageError.URL_TOO_LONG
                ? new FieldProblem("url", error, String.valueOf(CanonicalUrl.MAX_LENGTH))
                : new FieldProblem("url", error);
    }

    private Assessment validated(UUID itemId, AssessUrl command) {
        List<FieldProblem> problems = new ArrayList<>();
        var outcome = AssessmentOutcome.fromCode(command.outcome());
        if (outcome.isEmpty()) {
            problems.add(new FieldProblem("outcome", TriageError.OUTCOME_UNKNOWN));
        }
        var ageBand = command.ageBand() == null || command.ageBand().isBlank()
                ? Optional.of(Labels.AgeBand.NOT_DETERMINED)
                : Labels.AgeBand.fromCode(command.ageBand());
        if (ageBand.isEmpty()) {
            problems.add(new FieldProblem("ageBand", TriageError.AGE_BAND_UNKNOWN));
        }
        var sex = command.apparentSex() == null || command.apparentSex().isBlank()
                ? Optional.of(Labels.ApparentSex.NOT_DETERMINED)
                : Labels.ApparentSex.fromCode(command.apparentSex());
        if (sex.isEmpty()) {
            problems.add(new FieldProblem("apparentSex", TriageError.APPARENT_SEX_UNKNOWN));
        }
        var siteType = command.siteType() == null || command.siteType().isBlank()
                ? Optional.of(Labels.SiteType.OTHER)
                : Labels.SiteType.fromCode(command.siteType());
        if (siteType.isEmpty()) {
            problems.add(new FieldProblem("siteType", TriageError.SITE_TYPE_UNKNOWN));
        }
        String address = TypedText.orNullIfBlank(command.hostingAddress());
        if (address != null && IpRanges.literalAddress(address).isEmpty()) {
            problems.add(new FieldProblem("hostingAddress", TriageError.ADDRESS_INVALID));
        }
        String country = TypedText.orNullIfBlank(command.hostingCountry());
        if (country != null && !CountryCode.isValid(country)) {
            problems.add(new FieldProblem("hostingCountry", TriageError.COUNTRY_UNKNOWN));
        }
        String note = TypedText.orNullIfBlank(command.note());
        if (note != null && (note.length() > MAX_NOTE_LENGTH || TypedText.hasForbiddenControlCharacters(note))) {
            problems.add(new FieldProblem("note", TriageError.NOTE_INVALID, String.valueOf(MAX_NOTE_LENGTH)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String hostingCountry = country != null
                ? CountryCode.parse(country).value()
                : address == null ? null : ipRanges.countryOf(address).orElse(null);
        Instant now = clock.instant();
        return new Assessment(
                UUID.randomUUID(),
                itemId,
                outcome.get(),
                ageBand.get(),
                sex.get(),
                siteType.get(),
                hostingCountry,
                address == null ? null : IpRanges.literalAddress(address).orElseThrow(),
                note == null ? null : note.strip(),
                StaffMember.required().username(),
                now);
    }
}
