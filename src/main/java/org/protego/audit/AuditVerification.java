package org.protego.audit;

/**
 * The result of recomputing the audit chain; {@code firstBrokenSequence} is null when the chain is intact, and
 * {@code headMatches} says whether the chain still holds an exported head's seal (null when no head was given).
 */
public record AuditVerification(boolean valid, long entries, Long firstBrokenSequence, Boolean headMatches) {}
