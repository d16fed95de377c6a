package org.protego.cases;

import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Need to know: which cases the current staff member may see, and the audit of every read of what identifies a
 * child. A case outside the caller's scope answers "not found", so that its existence is not revealed.
 */
@Component
class CaseAccess {

    private final Cases cases;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Determinations determinations;

    CaseAccess(Cases cases, IdentityManagement identity, AuditTrail auditTrail, Determinations determinations) {
        this.cases = cases;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.determinations = determinations;
    }

    /** The current staff member's scope; only case workers and supervisors have one. */
    CaseScope scopeOfCurrentStaffMember() {
        StaffMember me = StaffMember.required();
        boolean supervisor = me.has(Role.SUPERVISOR);
        if (!supervisor && !me.has(Role.CASE_WORKER)) {
            throw new AccessDeniedException("Only case workers and supervisors see cases");
        }
        String team = identity.teamOf(me.userId()).orElse(null);
        return new CaseScope(me.organisationId(), team, me.userId(), supervisor && team == null);
    }

    /** The case, if the current staff member may see it; otherwise "not found". */
    ChildCase visibleCase(UUID caseId) {
        CaseScope scope = scopeOfCurrentStaffMember();
        return cases.byId(caseId)
                .filter(scope::includes)
                .filter(childCase -> childCase.state() != CaseState.ANONYMISED)
                .orElseThrow(() -> new NotFoundException(CaseError.CASE_NOT_FOUND, caseId));
    }

    /** A case being read, and the purpose the read is audited with. */
    record Reading(ChildCase childCase, ReadPurpose purpose) {}

    /**
     * A case to read: one the caller may see, for the purpose they give; or, while a best-interests determination of
     * it waits for its panel, one of the caller's organisation for a supervisor outside its team, who may be asked to
     * sit on the panel; that read's purpose is always {@code determination_panel}. Otherwise "not found".
     */
    Reading readableCase(UUID caseId, ReadPurpose given) {
        CaseScope scope = scopeOfCurrentStaffMember();
        ChildCase childCase = cases.byId(caseId)
                .filter(found -> found.state() != CaseState.ANONYMISED)
                .filter(found -> scope.includes(found) || mayJoinPanelOf(found))
                .orElseThrow(() -> new NotFoundException(CaseError.CASE_NOT_FOUND, caseId));
        return new Reading(
                childCase, scope.includes(childCase) ? purposeOrDefault(given) : ReadPurpose.DETERMINATION_PANEL);
    }

    /** Whether the case is within the current staff member's own scope, not only readable for a panel. */
    boolean inScope(UUID caseId) {
        CaseScope scope = scopeOfCurrentStaffMember();
        return cases.byId(caseId).filter(scope::includes).isPresent();
    }

    private boolean mayJoinPanelOf(ChildCase childCase) {
        StaffMember me = StaffMember.required();
        return me.has(Role.SUPERVISOR)
                && childCase.organisationId().equals(me.organisationId())
                && determinations.hasPending(childCase.id());
    }

    /** The purpose a read is made for: the one given, or the caller's role's usual one. */
    ReadPurpose purposeOrDefault(ReadPurpose given) {
        if (given != null) {
            return given;
        }
        return StaffMember.required().has(Role.CASE_WORKER) ? ReadPurpose.CASE_WORK : ReadPurpose.SUPERVISION;
    }

    /** Records that identifying data of a case was read, and why. */
    void auditRead(String action, UUID caseId, ReadPurpose purpose) {
        auditTrail.record(action, "case", caseId.toString(), "purpose=" + purpose.code());
    }
}
