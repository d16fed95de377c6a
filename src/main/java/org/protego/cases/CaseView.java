package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as the staff who may see it read it. Reading it is audited.
 *
 * @param guardianRequired whether the child is unaccompanied or separated, and so needs a guardian
 * @param guardianAppointedWithinHours whole hours from registration to the guardian's appointment, once appointed
 * @param guardianOverdue whether the guardian came, or is still awaited, later than the limit allows
 */
public record CaseView(
        UUID id,
        String caseNumber,
        long version,
        String state,
        String origin,
        String reportReference,
        String assignedTo,
        String team,
        Instant registeredAt,
        Instant updatedAt,
        ChildRecord child,
        String ageBand,
        List<String> formsOfExploitation,
        boolean unaccompanied,
        boolean separated,
        boolean trafficked,
        boolean displaced,
        String riskLevel,
        String protectionNeeds,
        boolean guardianRequired,
        Guardian guardian,
        Long guardianAppointedWithinHours,
        boolean guardianOverdue) {}
