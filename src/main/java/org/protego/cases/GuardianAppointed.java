package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * An unaccompanied or separated child was given a guardian for the first time. Like {@link CaseRegistered} it names
 * no one: a later change of guardian publishes nothing, so each child counts once.
 */
public record GuardianAppointed(
        UUID caseId,
        UUID organisationId,
        Instant registeredAt,
        Instant appointedAt,
        boolean unaccompanied,
        boolean separated) {}
