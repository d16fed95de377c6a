package org.protego.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.protego.shared.TypedText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent per purpose: recorded with who gave it and until when, withdrawn, overridden by a supervisor with a written
 * reason, and required by any action that needs it. Every change makes a new version of the case.
 */
@Service
public class CaseConsents {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 2000;

    private final CaseAccess access;
    private final CaseVersions versions;
    private final Consents consents;
    private final ConsentPolicy policy;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CaseConsents(
            CaseAccess access,
            CaseVersions versions,
            Consents consents,
            ConsentPolicy policy,
            AuditTrail auditTrail,
            Clock clock) {
        this.access = access;
        this.versions = versions;
        this.consents = consents;
        this.policy = policy;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** What a change answers: the case's new version and what was written. */
    public record Written<T>(long caseVersion, T value) {}

    /**
     * Records a consent given by the child or the guardian; {@code expectedVersion} may be null for an API client that
     * does not send one. A guardian's consent for an unaccompanied or separated child needs the guardian appointed.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public Written<ConsentView> record(UUID caseId, Long expectedVersion, RecordConsent command) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        LocalDate today = today();
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        ConsentPurpose purpose = ConsentPurpose.fromCode(command.purpose()).orElse(null);
        if (purpose == null) {
            problems.add(new FieldProblem("purpose", CaseError.CONSENT_PURPOSE_INVALID));
        }
        ConsentGiver givenBy = ConsentGiver.fromCode(command.givenBy()).orElse(null);
        if (givenBy == null) {
            problems.add(new FieldProblem("givenBy", CaseError.CONSENT_GIVER_INVALID));
        }
        String recipient = recipientOf(command.recipientOrganisation(), purpose, problems);
        Instant givenAt = command.givenAt() == null ? now : command.givenAt();
        if (givenAt.isAfter(now.plusSeconds(60))) {
            problems.add(new FieldProblem("givenAt", CaseError.CONSENT_GIVEN_IN_FUTURE));
        }
        if (command.expiresOn() != null && command.expiresOn().isBefore(today)) {
            problems.add(new FieldProblem("expiresOn", CaseError.CONSENT_EXPIRY_PAST));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (givenBy == ConsentGiver.GUARDIAN && childCase.needsGuardian() && childCase.guardian() == null) {
            throw new RefusedException(CaseError.CONSENT_GUARDIAN_MISSING);
        }
        String me = StaffMember.required().username();
        Consent consent = new Consent(
                UUID.randomUUID(), caseId, purpose, givenBy, recipient, givenAt, command.expiresOn(), me, null, null);
        long version = versions.record(
                caseId, expectedVersion, List.of(new FieldChange(field(purpose), null, consent.describe())));
        consents.insert(consent);
        auditTrail.record(
                "case.consent-recorded",
                "case",
                caseId.toString(),
                "consent=" + consent.id() + " purpose=" + purpose.code() + " givenBy=" + givenBy.code()
                        + (consent.expiresOn() == null ? "" : " expiresOn=" + consent.expiresOn()));
        return new Written<>(version, ConsentView.of(consent, today));
    }

    /** The case's consents and overrides, for those who may see the case; the read is audited with its purpose. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseConsentList consents(UUID caseId, ReadPurpose purpose) {
        ChildCase childCase = access.visibleCase(caseId);
        access.auditRead("case.consents-viewed", caseId, access.purposeOrDefault(purpose));
        LocalDate today = today();
        List<ConsentOverrideView> overrides = consents.overridesOf(caseId).stream()
                .map(ConsentOverrideView::of)
                .toList();
        return new CaseConsentList(
                caseId,
                childCase.version(),
                !overrides.isEmpty(),
                consents.ofCase(caseId).stream()
                        .map(consent -> ConsentView.of(consent, today))
                        .toList(),
                overrides);
    }

    /**
     * Records that a consent was withdrawn, now and by the caller; the consent stays in the case's record. A
     * withdrawal is taken whatever the case's state, as the child may withdraw at any time.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public Written<ConsentView> withdraw(UUID caseId, UUID consentId, Long expectedVersion) {
        access.visibleCase(caseId);
        Consent consent = consents.byId(caseId, consentId)
                .orElseThrow(() -> new NotFoundException(CaseError.CONSENT_NOT_FOUND, consentId));
        if (consent.withdrawnAt() != null) {
            throw new RefusedException(CaseError.CONSENT_ALREADY_WITHDRAWN);
        }
        Instant now = clock.instant();
        String me = StaffMember.required().username();
        Consent withdrawn = consent.withdrawn(now, me);
        long version = versions.record(
                caseId,
                expectedVersion,
                List.of(new FieldChange(field(consent.purpose()), consent.describe(), withdrawn.describe())));
        if (!consents.withdraw(consentId, now, me)) {
            throw new RefusedException(CaseError.CONSENT_ALREADY_WITHDRAWN);
        }
        auditTrail.record(
                "case.consent-withdrawn",
                "case",
                caseId.toString(),
                "consent=" + consentId + " purpose=" + consent.purpose().code());
        return new Written<>(version, ConsentView.of(withdrawn, today()));
    }

    /**
     * A supervisor of the case lets it go ahead for a purpose (and recipient) without the consent it needs. The
     * written reason is kept with the case and in the audit log, and the case is flagged for good.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public Written<ConsentOverrideView> override(UUID caseId, Long expectedVersion, OverrideConsent command) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        List<FieldProblem> problems = new ArrayList<>();
        ConsentPurpose purpose = ConsentPurpose.fromCode(command.purpose()).orElse(null);
        if (purpose == null) {
            problems.add(new FieldProblem("purpose", CaseError.CONSENT_PURPOSE_INVALID));
        }
        String recipient = recipientOf(command.recipientOrganisation(), purpose, problems);
        String reason = TypedText.orNullIfBlank(command.reason()) == null
                ? null
                : command.reason().strip();
        if (reason == null
                || reason.length() < MIN_REASON
                || reason.length() > MAX_REASON
                || TypedText.hasForbiddenControlCharacters(reason)) {
            problems.add(new FieldProblem(
                    "reason",
                    CaseError.OVERRIDE_REASON_INVALID,
                    String.valueOf(MIN_REASON),
                    String.valueOf(MAX_REASON)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ConsentOverride override = new ConsentOverride(
                UUID.randomUUID(),
                caseId,
                purpose,
                recipient,
                reason,
                StaffMember.required().username(),
                clock.instant());
        long version = versions.record(
                caseId, expectedVersion, List.of(new FieldChange(field(purpose), null, override.describe())));
        consents.insertOverride(override);
        auditTrail.record(
                "case.consent-overridden",
                "case",
                caseId.toString(),
                "override=" + override.id() + " purpose=" + purpose.code() + " reason=" + reason);
        return new Written<>(version, ConsentOverrideView.of(override));
    }

    /**
     * For other modules (referrals): refuses with {@code case-consent-missing} (409) unless a consent or a
     * supervisor's override for the purpose (and recipient) is in force on a case the caller may see.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public void requireConsent(UUID caseId, String purposeCode, String recipientOrganisation) {
        access.visibleCase(caseId);
        policy.require(caseId, purposeNamed(purposeCode), TypedText.orNullIfBlank(recipientOrganisation));
    }

    /** For other modules: whether a consent or an override for the purpose (and recipient) is in force. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public boolean hasConsent(UUID caseId, String purposeCode, String recipientOrganisation) {
        access.visibleCase(caseId);
        return policy.inForce(caseId, purposeNamed(purposeCode), TypedText.orNullIfBlank(recipientOrganisation));
    }

    private static ConsentPurpose purposeNamed(String code) {
        return ConsentPurpose.fromCode(code)
                .orElseThrow(() -> new InvalidRequestException(
                        List.of(new FieldProblem("purpose", CaseError.CONSENT_PURPOSE_INVALID))));
    }

    /** The recipient as it will be stored: trimmed, required for sharing, bounded like a name. */
    private static String recipientOf(String given, ConsentPurpose purpose, List<FieldProblem> problems) {
        String recipient = TypedText.orNullIfBlank(given) == null ? null : given.strip();
        if (recipient == null) {
            if (purpose != null && purpose.needsRecipient()) {
                problems.add(new FieldProblem("recipientOrganisation", CaseError.CONSENT_RECIPIENT_REQUIRED));
            }
            return null;
        }
        if (recipient.length() > CaseDetailsRules.MAX_NAME || TypedText.hasForbiddenControlCharacters(recipient)) {
            problems.add(new FieldProblem(
                    "recipientOrganisation", CaseError.TEXT_INVALID, String.valueOf(CaseDetailsRules.MAX_NAME)));
        }
        return recipient;
    }

    private static String field(ConsentPurpose purpose) {
        return "consent." + purpose.code();
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
