package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Something about a case that is late: what it is (a code such as {@code guardian}, {@code assessment},
 * {@code determination}, {@code care-plan-item}, {@code follow-up}), since when it was due, and the case.
 */
public record Overdue(UUID caseId, String caseNumber, String kind, Instant dueAt, UUID assignedTo) {}
