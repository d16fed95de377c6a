package org.protego.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * Something about a case that is late, as the overview lists it.
 *
 * @param kind {@code guardian}, {@code assessment}, {@code determination}, {@code care-plan-item} or
 *     {@code follow-up}
 * @param assignedTo the username of the case worker the case is assigned to
 */
public record OverdueWork(UUID caseId, String caseNumber, String kind, Instant dueAt, String assignedTo) {}
