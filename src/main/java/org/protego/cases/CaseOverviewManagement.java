package org.protego.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.identity.Colleague;
import org.protego.identity.IdentityManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview of a caseload: open cases by risk level, and every kind of overdue work (guardian appointments,
 * assessments, determinations, care-plan items, follow-ups) gathered from each {@link CaseDeadlines}. A supervisor
 * sees their team's, or the whole organisation's without a team; a case worker sees their own and their team's. It
 * names cases by number only, never the child.
 */
@Service
public class CaseOverviewManagement {

    private final CaseAccess access;
    private final List<CaseDeadlines> deadlines;
    private final Caseloads caseloads;
    private final IdentityManagement identity;
    private final Clock clock;

    CaseOverviewManagement(
            CaseAccess access,
            List<CaseDeadlines> deadlines,
            Caseloads caseloads,
            IdentityManagement identity,
            Clock clock) {
        this.access = access;
        this.deadlines = deadlines;
        this.caseloads = caseloads;
        this.identity = identity;
        this.clock = clock;
    }

    /** Everything overdue within the caller's scope, longest overdue first. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<OverdueWork> overdue() {
        return overdueIn(access.scopeOfCurrentStaffMember());
    }

    /** The caller's caseload by risk level and what in it is overdue. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public CaseOverview overview() {
        CaseScope scope = access.scopeOfCurrentStaffMember();
        Map<String, Long> byRiskLevel = caseloads.openByRiskLevel(scope);
        return new CaseOverview(
                byRiskLevel.values().stream().mapToLong(Long::longValue).sum(), byRiskLevel, overdueIn(scope));
    }

    private List<OverdueWork> overdueIn(CaseScope scope) {
        Instant now = clock.instant();
        Map<UUID, Optional<String>> usernames = new HashMap<>();
        return deadlines.stream()
                .flatMap(kind -> kind.overdueIn(scope, now).stream())
                .sorted(Comparator.comparing(Overdue::dueAt)
                        .thenComparing(Overdue::caseNumber)
                        .thenComparing(Overdue::kind))
                .map(overdue -> new OverdueWork(
                        overdue.caseId(),
                        overdue.caseNumber(),
                        overdue.kind(),
                        overdue.dueAt(),
                        usernames
                                .computeIfAbsent(
                                        overdue.assignedTo(),
                                        id -> identity.colleague(id).map(Colleague::username))
                                .orElse(null)))
                .toList();
    }
}
