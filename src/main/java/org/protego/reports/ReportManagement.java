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

    private final Reports reports;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportManagement(
            Reports reports,
            JdbcClient jdbc,
            FieldCipher cipher,
            AuditTrail auditTrail,
            IdentityManagement identity,
            ApplicationEventPublisher events,
            Clock clock) {
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
        if (idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH || !idempotencyKey.matches("[\\x21-\\x7e]+")) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "Idempotency-Key",
                    "idempotency-key-invalid",
                    "1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " visible ASCII characters.")));
        }
        // Requests with the same key wait for each other, so that exactly one of them stores a report.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 7))")
                .param("key", idempotencyKey)
                .query()
                .singleRow();
        String fingerprint = fingerprint(submitted, channel);
        var earlier = jdbc.sql("""
                select request_fingerprint, answer_encrypted from reports_idempotent_submission
                where idempotency_key = :key""")
                .param("key", idempotencyKey)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
        if (earlier.isPresent()) {
            if (!earlier.get()[0].equals(fingerprint)) {
                throw new ConflictException("This Idempotency-Key was already used for a different report.");
            }
            String[] answer = cipher.decrypt(earlier.get()[1]).split("\\|");
            return new Acknowledgement(answer[0], answer[1], ReportStatus.valueOf(answer[2]));
        }
        Acknowledgement acknowledgement = store(submitted, channel, null);
        UUID reportId = jdbc.sql("select id from reports_report where reference = :reference")
                .param("reference", acknowledgement.reference())
                .query(UUID.class)
                .single();
        jdbc.sql("""
                insert into reports_idempotent_submission (idempotency_key, request_fingerprint, report_id,
                                                           answer_encrypted, created_at)
                values (:key, :fingerprint, :reportId, :answer, now())""")
                .param("key", idempotencyKey)
                .param("fingerprint", fingerprint)
                .param("reportId", reportId)
                .param(
                        "answer",
                        cipher.encrypt(acknowledgement.reference() + "|" + acknowledgement.followUpCode() + "|"
                                + acknowledgement.status().name()))
                .update();
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
                cipher.decrypt(report.descriptionEncrypted()),
                cipher.decrypt(report.contactEncrypted()),
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
        var valid = result.report();
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
                cipher.encrypt(valid.description()),
                cipher.encrypt(valid.contact()),
                valid.country() == null ? null : valid.country().value(),
                valid.incidentDate(),
                valid.language(),
                valid.childInDanger(),
                valid.reporterIsChild(),
                receivedAt,
                recordedBy,
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
