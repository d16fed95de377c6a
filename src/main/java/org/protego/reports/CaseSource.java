package org.protego.reports;

import java.util.UUID;

/** What a case opened from a report keeps of it: the link, the kind of report, and whether a helpline took it. */
public record CaseSource(UUID reportId, String reference, Category category, boolean helplineContact) {}
