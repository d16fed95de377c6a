package org.protego.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.protego.shared.CanonicalUrl;
import org.protego.shared.FieldCipher;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.InvalidUrlException;
import org.protego.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives reports, answers reporters' status look-ups, and records each report's progress. */
@Service
public class ReportManagement {

    static final int MAX_BULK_URLS = 10_000;

    /** An acknowledgement as it is kept for a repeated request: reference, follow-up code and status. */
    private static final IdempotentSubmissions.AnswerFormat<Acknowledgement> ACKNOWLEDGEMENTS =
            new IdempotentSubmissions.AnswerFormat<>(
                    acknowledgement -> acknowledgement.reference() + "|" + acknowledgement.followUpCode() + "|"
                            + acknowledgement.status().name(),
                    stored -> {
                        String[] answer = stored.split("\\|");
                        return new Acknowledgement(answer[0], answer[1], ReportStatus.valueOf(answer[2]));
                    },
                    Acknowledgement::reference);

    private final Reports reports;
    private final IdempotentSubmissions idempotent;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BulkAnswers bulkAnswers;

    ReportManagement(
            Reports reports,
            IdempotentSubmissions idempotent,
            FieldCipher cipher,
            AuditTrail auditTrail,
            IdentityManagement identity,
            ApplicationEventPublisher events,
            Clock clock,
            BulkAnswers bulkAnswers) {
        this.bulkAnswers = bulkAnswers;
        this.reports = reports;
        this.idempotent = idempotent;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a report from the public web form or a partner app; the acknowledgement is returned only once the
     * report is committed, so that no acknowledged report can be lost.
     */
    @Transactional
    public Acknowledgement submit(SubmitReport submitted, Channel channel) {
        if (channel.isHelpline()) {
            throw new IllegalArgumentException("Helpline contacts are recorded by an operator");
        }
        return store(submitted, channel, null);
    }

    /**
     * Stores a report once per idempotency key: repeating the same request returns the first answer; reusing the
     * key for a different request is refused.
     */
    @Transactional
    public Acknowledgement submitIdempotently(String idempotencyKey, SubmitReport submitted, Channel channel) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return submit(submitted, channel);
        }
        IdempotentSubmissions.problemWith(idempotencyKey).ifPresent(problem -> {
            throw new InvalidRequestException(List.of(problem));
        });
        return idempotent.once(
                IdempotentSubmissions.Key.ofPublic(idempotencyKey),
                IdempotentSubmissions.fingerprint(channel.name() + "\n" + submitted),
                ACKNOWLEDGEMENTS,
                () -> store(submitted, channel, null));
    }

    /** Records a phone, chat, e-mail or in-person contact as a report, on behalf of the caller. */
    @PreAuthorize("hasRole('HELPLINE_OPERATOR')")
    @Transactional
    public Acknowledgement recordHelplineContact(SubmitReport submitted, Channel channel) {
        if (!channel.isHelpline()) {
            throw new InvalidRequestException(List.of(new FieldProblem("channel", ReportError.CHANNEL_UNKNOWN)));
        }
        return store(submitted, channel, StaffMember.required().username());
    }

    /**
     * Stores an industry member's bulk submission as one report in one transaction: every URL gets its own result,
     * invalid ones are refused individually, and a repeat with the same idempotency key returns the first answer.
     */
    @PreAuthorize("hasRole('INDUSTRY')")
    @Transactional
    public BulkSubmission submitBulk(String idempotencyKey, String category, List<String> urls) {
        StaffMember member = StaffMember.required();
        var problems = new ArrayList<FieldProblem>();
        Category known = Category.fromCode(category).orElse(null);
        if (known == null) {
            problems.add(new FieldProblem("category", ReportError.CATEGORY_UNKNOWN));
        }
        if (urls == null || urls.isEmpty() || urls.size() > MAX_BULK_URLS) {
            problems.add(new FieldProblem("urls", ReportError.URLS_COUNT, String.valueOf(MAX_BULK_URLS)));
        }
        if (idempotencyKey != null) {
            IdempotentSubmissions.problemWith(idempotencyKey).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (idempotencyKey == null) {
            return storeBulk(known, urls, member);
        }
        return idempotent.once(
                IdempotentSubmissions.Key.ofIndustryMember(member.organisationId(), idempotencyKey),
                IdempotentSubmissions.fingerprint(Channel.INDUSTRY.name() + "\n"
                        + new SubmitReport(category, urls, null, null, null, null, false, false, null)),
                new IdempotentSubmissions.AnswerFormat<>(
                        bulkAnswers::write, bulkAnswers::read, BulkSubmission::reference),
                () -> storeBulk(known, urls, member));
    }

    /** Files the accepted URLs of a bulk submission as one report, if any was accepted, with one result per URL. */
    private BulkSubmission storeBulk(Category category, List<String> urls, StaffMember member) {
        var results = new ArrayList<BulkSubmission.UrlResult>();
        var accepted = new ArrayList<ReportedUrl>();
        for (String url : urls) {
            try {
                var canonical = CanonicalUrl.of(url);
                accepted.add(new ReportedUrl(url.strip(), canonical));
                results.add(BulkSubmission.UrlResult.accepted(url, canonical.value()));
            } catch (InvalidUrlException e) {
                results.add(BulkSubmission.UrlResult.refused(
                        url, "url-" + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        String reference = null;
        if (!accepted.isEmpty()) {
            var valid = new ReportValidator.ValidReport(category, accepted, null, null, null, "en", false, false, null);
            reference = persist(valid, Channel.INDUSTRY, member.username(), member.organisationId())
                    .reference();
        }
        return new BulkSubmission(reference, accepted.size(), urls.size() - accepted.size(), results);
    }

    /** The report an industry member submitted under this reference; other members' submissions do not exist for it. */
    @PreAuthorize("hasRole('INDUSTRY')")
    @Transactional(readOnly = true)
    public UUID submissionOfCaller(String reference) {
        return reports.submittedBy(reference, StaffMember.required().organisationId())
                .orElseThrow(() -> new NotFoundException(ReportError.SUBMISSION_NOT_FOUND, reference));
    }

    /**
     * The report a case is opened from, for a case worker who holds its reference: what kind of report it was and
     * whether a helpline took it, never what the reporter wrote.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Optional<CaseSource> caseSource(String reference) {
        String canonicalReference = ReferenceCodes.canonicalReference(reference);
        if (canonicalReference.isEmpty()) {
            return Optional.empty();
        }
        return reports.byReference(canonicalReference)
                .map(report -> new CaseSource(
                        report.id(),
                        report.reference(),
                        report.category(),
                        report.channel().isHelpline()));
    }

    /** The status of a report, for whoever holds both its reference and its follow-up code; nothing else. */
    @Transactional(readOnly = true)
    public Optional<ReportStatus> statusFor(String reference, String followUpCode) {
        String canonicalReference = ReferenceCodes.canonicalReference(reference);
        if (canonicalReference.isEmpty() || followUpCode == null || followUpCode.length() > 40) {
            return Optional.empty();
        }
        return reports.byReferenceAndCodeHash(
                        canonicalReference, ReferenceCodes.hashOfFollowUpCode(canonicalReference, followUpCode))
                .map(Reports.StoredReport::status);
    }

    /** A report's full content, for an analyst of the organisation that received it; every read is audited. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public ReportDetails details(UUID reportId) {
        StaffMember viewer = StaffMember.required();
        Reports.StoredReport report = reports.byId(reportId)
                .filter(stored -> stored.organisationId().equals(viewer.organisationId()))
                .orElseThrow(() -> new NotFoundException(ReportError.REPORT_NOT_FOUND, reportId));
        auditTrail.record("report.viewed", "report", reportId.toString(), "reference=" + report.reference());
        return new ReportDetails(
                report.id(),
                report.reference(),
                report.category(),
                report.channel(),
                report.status(),
                cipher.decrypt(report.descriptionEncrypted(), Reports.DESCRIPTION.row(report.id())),
                cipher.decrypt(report.contactEncrypted(), Reports.CONTACT.row(report.id())),
                report.country(),
                report.incidentDate(),
                report.language(),
                report.childInDanger(),
                report.reporterIsChild(),
                reports.urlsOf(reportId),
                report.receivedAt(),
                report.recordedBy());
    }

    /**
     * Moves a report to the status its assessed items call for. Triage decides the status, after checking that the
     * item belongs to the caller's organisation, or when a report arrives with an item assessed before.
     */
    @Transactional
    public void recordProgress(UUID reportId, ReportStatus status) {
        Report report = reports.forUpdate(reportId)
                .orElseThrow(() -> new NotFoundException(ReportError.REPORT_NOT_FOUND, reportId));
        ReportStatus before = report.status();
        if (report.progressTo(status, clock.instant())) {
            reports.saveStatus(report);
            auditTrail.record(
                    "report.status-changed", "report", reportId.toString(), before.code() + " -> " + status.code());
        }
    }

    /** Closes a report; the reporter's status page shows it as closed from then on. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional
    public void close(UUID reportId) {
        Report report = reportOfViewersOrganisation(reportId);
        ReportStatus before = report.status();
        report.close(clock.instant());
        reports.saveStatus(report);
        auditTrail.record("report.closed", "report", reportId.toString(), before.code() + " -> closed");
    }

    /** The current status of a report of the viewer's organisation. */
    @PreAuthorize("hasAnyRole('ANALYST','SUPERVISOR')")
    @Transactional(readOnly = true)
    public ReportStatus statusOf(UUID reportId) {
        return reportOfViewersOrganisation(reportId).status();
    }

    private Report reportOfViewersOrganisation(UUID reportId) {
        UUID organisationId = StaffMember.required().organisationId();
        return reports.forUpdate(reportId)
                .filter(report -> report.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException(ReportError.REPORT_NOT_FOUND, reportId));
    }

    private Acknowledgement store(SubmitReport submitted, Channel channel, String recordedBy) {
        var result = new ReportValidator(LocalDate.now(clock.withZone(ZoneOffset.UTC))).validate(submitted);
        if (!result.isValid()) {
            throw new InvalidRequestException(result.fieldProblems());
        }
        return persist(result.report(), channel, recordedBy, null);
    }

    private Acknowledgement persist(
            ReportValidator.ValidReport valid, Channel channel, String recordedBy, UUID submitterOrganisationId) {
        UUID organisationId = identity.hotlineOrganisation().id();
        String reference = ReferenceCodes.newReference();
        while (reports.referenceExists(reference)) {
            reference = ReferenceCodes.newReference();
        }
        String followUpCode = ReferenceCodes.newFollowUpCode();
        var receivedAt = clock.instant();
        UUID id = UUID.randomUUID();
        reports.insert(new Reports.NewReport(
                id,
                reference,
                ReferenceCodes.hashOfFollowUpCode(reference, followUpCode),
                organisationId,
                valid.category(),
                channel,
                cipher.encrypt(valid.description(), Reports.DESCRIPTION.row(id)),
                cipher.encrypt(valid.contact(), Reports.CONTACT.row(id)),
                valid.country() == null ? null : valid.country().value(),
                valid.incidentDate(),
                valid.language(),
                valid.childInDanger(),
                valid.reporterIsChild(),
                receivedAt,
                recordedBy,
                submitterOrganisationId,
                valid.urls()));
        auditTrail.recordAs(
                recordedBy == null ? "anonymous" : recordedBy,
                "report.received",
                "report",
                id.toString(),
                "reference=" + reference + " channel=" + channel.name().toLowerCase() + " category="
                        + valid.category().code() + " urls=" + valid.urls().size());
        events.publishEvent(new ReportReceived(
                id,
                reference,
                organisationId,
                valid.category(),
                channel,
                valid.urls(),
                valid.childInDanger(),
                valid.reporterIsChild(),
                receivedAt,
                valid.country() == null ? null : valid.country().value()));
        return new Acknowledgement(reference, followUpCode, ReportStatus.RECEIVED);
    }
}
