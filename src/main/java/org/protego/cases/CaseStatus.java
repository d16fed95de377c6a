package org.protego.cases;

import java.util.UUID;

/** Where a case stands after a move (closure, reopening, transfer): nothing about the child, so nothing to audit. */
public record CaseStatus(UUID id, String caseNumber, long version, String state) {}
