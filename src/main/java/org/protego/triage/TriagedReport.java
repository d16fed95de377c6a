package org.protego.triage;

import java.util.List;
import org.protego.reports.ReportDetails;

/** A report as an analyst works it: its content and each of its URL items with the spelling that was reported. */
public record TriagedReport(ReportDetails details, List<ReportedItem> items, boolean closed) {

    /** One URL of the report, as spelled by the reporter, and the item it belongs to. */
    public record ReportedItem(String asReported, UrlItem item) {}
}
