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

    CaseAccess(Cases cases, IdentityManagement identity, AuditTrail auditTrail) {
        this.cases = cases;
        this.identity = identity;
        this.auditTrail = auditTrail;
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
