package org.protego.cases;

import java.time.Instant;

/**
 * One line of a case's history: which version of the case a change made, the field, who changed it and when; the
 * values are shown only to those who may read the case.
 */
public record CaseChange(
        long version, String field, String changedBy, Instant changedAt, String before, String after) {}
