package org.protego.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may learn about a case, and only for a case the caller may see: which of a list of cases the
 * caller may see, the facts a service's eligibility is checked against, and the fields a referral shares. Every read
 * of identifying data is audited with the purpose {@code referral}.
 */
@Service
public class CaseSharing {

    /** The fields a referral may share, by the names the cases API gives them. */
    public static final Set<String> SHAREABLE_FIELDS = Set.of(
            "givenName",
            "familyName",
            "otherNames",
            "sex",
            "dateOfBirth",
            "age",
            "nationality",
            "languages",
            "identityDocuments",
            "riskLevel",
            "protectionNeeds",
            "formsOfExploitation",
            "unaccompanied",
            "separated",
            "guardian");

    private final Cases cases;
    private final CaseAccess access;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CaseSharing(Cases cases, CaseAccess access, AuditTrail auditTrail, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Those of the cases the caller may see (own, team's, or organisation's for a supervisor without a team). */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Set<UUID> visibleAmong(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        CaseScope scope = access.scopeOfCurrentStaffMember();
        Set<UUID> visible = new LinkedHashSet<>();
        for (ChildCase childCase : cases.byIds(List.copyOf(new LinkedHashSet<>(caseIds)))) {
            if (childCase.state() != CaseState.ANONYMISED && scope.includes(childCase)) {
                visible.add(childCase.id());
            }
        }
        return visible;
    }

    /** The child's age, sex and languages, to find services that fit; the read is audited. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public ChildEligibility eligibilityOf(UUID caseId) {
        ChildCase childCase = access.visibleCase(caseId);
        access.auditRead("case.eligibility-viewed", caseId, ReadPurpose.REFERRAL);
        ChildRecord child = childCase.details().child();
        return new ChildEligibility(ageOf(child), childCase.sexCode(), child.languages());
    }

    /**
     * The named fields of an open case the caller may see, to send with a referral; an unknown field name is refused
     * with the names allowed, and a case that is not open cannot refer. The read is audited with the fields.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public SharedCase shareForReferral(UUID caseId, Collection<String> fields) {
        List<String> unknown = fields.stream()
                .filter(field -> !SHAREABLE_FIELDS.contains(field))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "sharedFields",
                    CaseError.SHARED_FIELD_UNKNOWN,
                    String.join(", ", unknown),
                    String.join(", ", SHAREABLE_FIELDS.stream().sorted().toList()))));
        }
        ChildCase childCase = access.visibleCase(caseId);
        if (childCase.state() != CaseState.OPEN) {
            throw new org.protego.shared.ConflictException(
                    CaseError.STATE_FORBIDS, childCase.state().code());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : new LinkedHashSet<>(fields)) {
            values.put(field, valueOf(childCase, field));
        }
        auditTrail.record(
                "case.shared-for-referral",
                "case",
                caseId.toString(),
                "purpose=" + ReadPurpose.REFERRAL.code() + " fields=" + new ArrayList<>(values.keySet()));
        return new SharedCase(
                caseId,
                childCase.caseNumber(),
                childCase.organisationId(),
                childCase.sexCode(),
                childCase.ageBand().label(),
                values);
    }

    private Object valueOf(ChildCase childCase, String field) {
        CaseDetails details = childCase.details();
        ChildRecord child = details.child();
        return switch (field) {
            case "givenName" -> child.givenName();
            case "familyName" -> child.familyName();
            case "otherNames" -> child.otherNames();
            case "sex" -> childCase.sexCode();
            case "dateOfBirth" ->
                child.dateOfBirth() == null ? null : child.dateOfBirth().toString();
            case "age" -> ageOf(child);
            case "nationality" -> child.nationality();
            case "languages" -> child.languages();
            case "identityDocuments" -> child.identityDocuments();
            case "riskLevel" -> details.riskLevel();
            case "protectionNeeds" -> details.protectionNeeds();
            case "formsOfExploitation" -> details.formsOfExploitation();
            case "unaccompanied" -> details.unaccompanied();
            case "separated" -> details.separated();
            case "guardian" -> childCase.guardian();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private Integer ageOf(ChildRecord child) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        if (child.dateOfBirth() != null) {
            return Period.between(child.dateOfBirth(), today).getYears();
        }
        return child.estimatedAge();
    }
}
