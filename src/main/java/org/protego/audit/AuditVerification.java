package org.protego.audit;

/** The result of recomputing the audit chain; {@code firstBrokenSequence} is null when the chain is intact. */
public record AuditVerification(boolean valid, long entries, Long firstBrokenSequence) {}
