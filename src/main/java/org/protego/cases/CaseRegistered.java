package org.protego.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A child was registered. It carries only what indicators break figures down by, never what identifies the child.
 */
public record CaseRegistered(
        UUID caseId,
        UUID organisationId,
        String sex,
        String ageBand,
        String nationality,
        List<String> formsOfExploitation,
        boolean trafficked,
        boolean unaccompanied,
        String origin,
        Instant registeredAt,
        boolean separated) {}
