package org.protego.audit;

import java.time.Instant;

/** One line of the audit log: who did what to which subject, and when. */
public record AuditEntry(
        long sequence,
        Instant recordedAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String detail) {}
