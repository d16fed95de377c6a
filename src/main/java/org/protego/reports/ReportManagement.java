package org.protego.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldCipher;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives reports, answers reporters' status look-ups, and records each report's progress. */
@Service
public class ReportManagement {

    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;
    static final int MAX_BULK_URLS = 10_000;

    private final Reports reports;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BulkAnswers bulkAnswers;

    ReportManagement(
            Reports reports,
            JdbcClient jdbc,
            FieldCipher cipher,
            AuditTrail auditTrail,
            IdentityManagement identity,
            ApplicationEventPublisher events,
            Clock clock,
            BulkAnswers bulkAnswers) {
        this.bulkAnswers = bulkAnswers;
        this.reports = reports;
        this.jdbc = jdbc;
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
        invalidIdempotencyKey(idempotencyKey).ifPresent(problem -> {
            throw new InvalidRequestException(List.of(problem));
        });
        // Public keys live in their own namespace, so that nobody can reach an industry member's answers with them.
        String storedKey = "public:" + idempotencyKey;
        lockIdempotencyKey(storedKey);
        String fingerprint = fingerprint(submitted, channel);
        var earlier = earlierAnswer(storedKey);
        if (earlier.isPresent()) {
            String[] answer =
                    earlier.get().answerFor(fingerprint, cipher, storedKey).split("\\|");
            return new Acknowledgement(answer[0], answer[1], ReportStatus.valueOf(answer[2]));
        }
        Acknowledgement acknowledgement = store(submitted, channel, null);
        rememberAnswer(
                storedKey,
                fingerprint,
                acknowledgement.reference(),
                acknowledgement.reference() + "|" + acknowledgement.followUpCode() + "|"
                        + acknowledgement.status().name());
        return acknowledgement;
    }

    /** Records a phone, chat, e-mail or in-person contact as a report, on behalf of the caller. */
    @PreAuthorize("hasRole('HELPLINE_OPERATOR')")
    @Transactional
    public Acknowledgement recordHelplineContact(SubmitReport submitted, Channel channel) {
        if (!channel.isHelpline()) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "channel", ReportError.CHANNEL_UNKNOWN.code(), ReportError.CHANNEL_UNKNOWN.detail())));
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
        var problems = new java.util.ArrayList<FieldProblem>();
        Category known = Category.fromCode(category).orElse(null);
        if (known == null) {
            problems.add(new FieldProblem(
                    "category", ReportError.CATEGORY_UNKNOWN.code(), ReportError.CATEGORY_UNKNOWN.detail()));
        }
        if (urls == null || urls.isEmpty() || urls.size() > MAX_BULK_URLS) {
            problems.add(new FieldProblem("urls", "urls-count", "Give 1 to " + MAX_BULK_URLS + " URLs."));
        }
        if (idempotencyKey != null) {
            invalidIdempotencyKey(idempotencyKey).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String scopedKey = idempotencyKey == null ? null : "industry:" + member.organisationId() + ":" + idempotencyKey;
        String fingerprint = fingerprint(
                new SubmitReport(category, urls, null, null, null, null, false, false, null), Channel.INDUSTRY);
        if (scopedKey != null) {
            lockIdempotencyKey(scopedKey);
            var earlier = earlierAnswer(scopedKey);
            if (earlier.isPresent()) {
                return bulkAnswers.read(earlier.get().answerFor(fingerprint, cipher, scopedKey));
            }
        }
        var results = new java.util.ArrayList<BulkSubmission.UrlResult>();
        var accepted = new java.util.ArrayList<ReportedUrl>();
        for (String url : urls) {
            try {
                var canonical = org.protego.shared.CanonicalUrl.of(url);
                accepted.add(new ReportedUrl(url.strip(), canonical));
                results.add(BulkSubmission.UrlResult.accepted(url, canonical.value()));
            } catch (org.protego.shared.InvalidUrlException e) {
                results.add(BulkSubmission.UrlResult.refused(
                        url, "url-" + e.reason().name().toLowerCase().replace('_', '-')));
            }
        }
        String reference = null;
        if (!accepted.isEmpty()) {
            var valid = new ReportValidator.ValidReport(known, accepted, null, null, null, "en", false, false, null);
            reference = persist(valid, Channel.INDUSTRY, member.username(), member.organisationId())
                    .reference();
        }
        var submission = new BulkSubmission(reference, accepted.size(), urls.size() - accepted.size(), results);
        if (scopedKey != null && reference != null) {
            rememberAnswer(scopedKey, fingerprint, reference, bulkAnswers.write(submission));
        }
        return submission;
    }

    /** The report an industry member submitted under this reference; other members' submissions do not exist for it. */
    @PreAuthorize("hasRole('INDUSTRY')")
    @Transactional(readOnly = true)
    public UUID submissionOfCaller(String reference) {
        return reports.submittedBy(reference, StaffMember.required().organisationId())
                .orElseThrow(() -> new NotFoundException("No submission " + reference));
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
                .orElseThrow(() -> new NotFoundException("No report " + reportId));
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
        Report report = reports.forUpdate(reportId).orElseThrow(() -> new NotFoundException("No report " + reportId));
        if (report.status() == ReportStatus.CLOSED) {
            return;
        }
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
                .orElseThrow(() -> new NotFoundException("No report " + reportId));
    }

    private Acknowledgement store(SubmitReport submitted, Channel channel, String recordedBy) {
        var result = new ReportValidator(LocalDate.now(clock.withZone(ZoneOffset.UTC))).validate(submitted);
        if (!result.isValid()) {
            throw new InvalidRequestException(result.problems().stream()
                    .map(ReportValidator.Problem::asFieldProblem)
                    .toList());
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
                receivedAt));
        return new Acknowledgement(reference, followUpCode, ReportStatus.RECEIVED);
    }

    /** The first answer given to a request with an idempotency key, kept encrypted with the request's fingerprint. */
    private record EarlierAnswer(String requestFingerprint, String answerEncrypted) {

        /** The earlier answer, if the repeated request is the same request; a different one may not reuse the key. */
        String answerFor(String fingerprint, FieldCipher cipher, String storedKey) {
            if (!requestFingerprint.equals(fingerprint)) {
                throw new ConflictException("This Idempotency-Key was already used for a different request.");
            }
            return cipher.decrypt(answerEncrypted, IDEMPOTENT_ANSWER.row(storedKey));
        }
    }

    private static final FieldCipher.Column IDEMPOTENT_ANSWER =
            new FieldCipher.Column("reports_idempotent_submission", "answer_encrypted");

    private static Optional<FieldProblem> invalidIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey.length() <= MAX_IDEMPOTENCY_KEY_LENGTH && idempotencyKey.matches("[\\x21-\\x7e]+")) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(
                "Idempotency-Key",
                "idempotency-key-invalid",
                "1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " visible ASCII characters."));
    }

    /** Requests with the same key wait for each other, so that exactly one of them stores a report. */
    private void lockIdempotencyKey(String storedKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 7))")
                .param("key", storedKey)
                .query()
                .singleRow();
    }

    private Optional<EarlierAnswer> earlierAnswer(String storedKey) {
        return jdbc.sql("""
                select request_fingerprint, answer_encrypted from reports_idempotent_submission
                where idempotency_key = :key""")
                .param("key", storedKey)
                .query((rs, n) -> new EarlierAnswer(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private void rememberAnswer(String storedKey, String fingerprint, String reference, String answer) {
        jdbc.sql("""
                insert into reports_idempotent_submission (idempotency_key, request_fingerprint, report_id,
                                                           answer_encrypted, created_at)
                select :key, :fingerprint, id, :answer, now() from reports_report where reference = :reference""")
                .param("key", storedKey)
                .param("fingerprint", fingerprint)
                .param("reference", reference)
                .param("answer", cipher.encrypt(answer, IDEMPOTENT_ANSWER.row(storedKey)))
                .update();
    }

    private static String fingerprint(SubmitReport submitted, Channel channel) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((channel.name() + "\n" + submitted).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
