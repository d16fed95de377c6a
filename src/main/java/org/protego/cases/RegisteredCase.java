package org.protego.cases;

import java.util.List;
import java.util.UUID;

/** A newly registered case, with the cases the caller may see that could be the same child. */
public record RegisteredCase(UUID id, String caseNumber, long version, List<CaseSummary> possibleDuplicates) {}
