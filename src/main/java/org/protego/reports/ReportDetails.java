package org.protego.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a report holds, decrypted, for the analyst of the receiving organisation; reading it is audited. */
public record ReportDetails(
        UUID id,
        String reference,
        Category category,
        Channel channel,
        ReportStatus status,
        String description,
        String contact,
        String country,
        LocalDate incidentDate,
        String language,
        boolean childInDanger,
        boolean reporterIsChild,
        List<ReportedUrl> urls,
        Instant receivedAt,
        String recordedBy) {}
