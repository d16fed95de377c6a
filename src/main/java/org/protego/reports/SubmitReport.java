package org.protego.reports;

import java.util.List;

/**
 * A report as a person or partner app sent it, before validation; every field is raw input.
 *
 * @param incidentDate when it happened, as {@code yyyy-MM-dd}, or blank
 */
public record SubmitReport(
        String category,
        List<String> urls,
        String description,
        String country,
        String incidentDate,
        String language,
        boolean childInDanger,
        boolean reporterIsChild,
        String contact) {

    public SubmitReport {
        urls = urls == null
                ? List.of()
                : urls.stream().map(url -> url == null ? "" : url).toList();
    }
}
