package org.protego.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/annual-reports")
class AnnualReportApiController {

    /** Headers of a published PDF: its SHA-256 and the signature of the text naming it. */
    static final String SIGNATURE_HEADER = "Protego-Signature";

    static final String SIGNED_TEXT_HEADER = "Protego-Signed-Text";

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    record NewReport(Integer year, String language) {}

    @Operation(
            summary = "Draft the year's annual report on the Rio Plan of Action in one language (en when none is"
                    + " given), freezing every figure, commitment, instrument and registry entry as recorded now"
                    + " (monitor)")
    @PostMapping
    ResponseEntity<AnnualReportView> draft(@RequestBody NewReport body) {
        AnnualReport draft = reports.draft(body.year(), body.language() == null ? "en" : body.language());
        return ResponseEntity.created(URI.create("/api/v1/annual-reports/" + draft.id()))
                .body(AnnualReportView.of(draft));
    }

    @Operation(summary = "Every annual report, the latest year first (monitor)")
    @GetMapping
    List<AnnualReportView> list() {
        return reports.all().stream().map(AnnualReportView::of).toList();
    }

    @Operation(summary = "One annual report: state, cut-off, snapshot SHA-256, narrative, approval and signatures")
    @GetMapping("/{id}")
    AnnualReportView get(@PathVariable UUID id) {
        return AnnualReportView.of(reports.get(id));
    }

    @Operation(
            summary = "The frozen snapshot as canonical JSON (sorted keys, plain numbers): its SHA-256 is the"
                    + " report's snapshotSha256")
    @GetMapping("/{id}/snapshot")
    ResponseEntity<String> snapshot(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports.snapshotText(id));
    }

    @Operation(
            summary = "Compute the report's snapshot again from what was recorded before its cut-off and say whether"
                    + " it equals the snapshot frozen then")
    @GetMapping("/{id}/reproduction")
    AnnualReports.Reproduction reproduction(@PathVariable UUID id) {
        return reports.reproduce(id);
    }

    @Operation(
            summary = "Replace a draft's narrative: text per part (introduction, indicators, commitments, instruments,"
                    + " registry, conclusion); whoever writes it cannot approve the report")
    @PutMapping("/{id}/narrative")
    AnnualReportView narrative(@PathVariable UUID id, @RequestBody Map<String, String> parts) {
        return AnnualReportView.of(reports.writeNarrative(id, parts));
    }

    @Operation(summary = "Freeze a draft's snapshot again as recorded now; the narrative stays")
    @PostMapping("/{id}/refresh")
    AnnualReportView refresh(@PathVariable UUID id) {
        return AnnualReportView.of(reports.refresh(id));
    }

    @Operation(
            summary = "Approve and publish a draft: a monitor other than who drafted it or last wrote its narrative"
                    + " (409 annual-report-own-draft); signs the snapshot, keeps the PDF, supersedes the year's"
                    + " earlier published report")
    @PostMapping("/{id}/approval")
    AnnualReportView approve(@PathVariable UUID id) {
        return AnnualReportView.of(reports.approve(id));
    }

    @Operation(
            summary = "The report as PDF: a published one exactly as kept at approval, with its signature in the"
                    + " Protego-Signature header over the text in Protego-Signed-Text (Base64); a draft rendered now,"
                    + " marked as a draft")
    @GetMapping("/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        AnnualReports.AnnualReportPdf pdf = reports.pdf(id);
        var answer = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(pdf.report()))
                                .build()
                                .toString());
        if (!pdf.report().draft()) {
            answer.header(SIGNATURE_HEADER, pdf.report().pdfSignature())
                    .header(
                            SIGNED_TEXT_HEADER,
                            Base64.getEncoder()
                                    .encodeToString(pdf.report().pdfSignedText().getBytes(StandardCharsets.UTF_8)));
        }
        return answer.body(pdf.bytes());
    }

    @Operation(summary = "The report as a web page in its own language and direction")
    @GetMapping("/{id}.html")
    ResponseEntity<String> html(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(reports.page(id));
    }

    @Operation(summary = "The public key (PEM) that checks the signatures of published annual reports (anyone)")
    @GetMapping(path = "/public-key.pem")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-pem-file"))
                .body(reports.publicKeyPem());
    }

    static String fileName(AnnualReport report) {
        return "annual-report-" + report.year() + "-" + report.language() + (report.draft() ? "-draft" : "") + ".pdf";
    }
}
