package org.protego.monitoring;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An annual report as the API shows it, without its snapshot and PDF, which have their own addresses.
 *
 * @param state {@code draft}, {@code published} or {@code superseded}
 * @param signedText for a published report, the text whose signature vouches for the snapshot
 * @param pdfSignedText for a published report, the text whose signature vouches for the PDF kept
 */
record AnnualReportView(
        UUID id,
        int year,
        String language,
        String state,
        String snapshotSha256,
        Instant cutOff,
        String createdBy,
        Instant createdAt,
        Map<String, String> narrative,
        String lastEditedBy,
        Instant lastEditedAt,
        String approvedBy,
        Instant approvedAt,
        String signedText,
        String signature,
        String pdfSha256,
        String pdfSignedText,
        String pdfSignature) {

    static AnnualReportView of(AnnualReport report) {
        return new AnnualReportView(
                report.id(),
                report.year(),
                report.language(),
                report.state().code(),
                report.snapshotSha256(),
                report.cutOff(),
                report.createdBy().name(),
                report.createdAt(),
                report.narrative(),
                report.lastEditedBy() == null ? null : report.lastEditedBy().name(),
                report.lastEditedAt(),
                report.approvedBy() == null ? null : report.approvedBy().name(),
                report.approvedAt(),
                report.signedText(),
                report.signature(),
                report.pdfSha256(),
                report.pdfSignedText(),
                report.pdfSignature());
    }
}
