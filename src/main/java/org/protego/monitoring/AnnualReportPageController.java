package org.protego.monitoring;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.protego.identity.StaffMember;
import org.protego.shared.Languages;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The annual report pages for monitoring officers: the list with a new draft, and one report with what can be done. */
@Controller
class AnnualReportPageController {

    static final String LIST = "/staff/monitoring/reports";

    private final AnnualReports reports;
    private final Clock clock;

    AnnualReportPageController(AnnualReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("reports", reports.all());
        int latest = Year.from(clock.instant().atOffset(ZoneOffset.UTC)).getValue();
        model.addAttribute(
                "years",
                IntStream.rangeClosed(AnnualReport.FIRST_YEAR, latest)
                        .map(year -> latest + AnnualReport.FIRST_YEAR - year)
                        .boxed()
                        .toList());
        model.addAttribute("defaultYear", latest - 1);
        model.addAttribute("languages", languages());
        return "monitoring/annual-reports";
    }

    @PostMapping(LIST)
    String draft(@RequestParam(required = false) Integer year, @RequestParam(required = false) String language) {
        AnnualReport draft = reports.draft(year, language);
        return "redirect:" + LIST + "/" + draft.id() + "?created";
    }

    @GetMapping(LIST + "/{id}")
    String view(@PathVariable UUID id, Model model) {
        AnnualReport report = reports.get(id);
        model.addAttribute("report", report);
        model.addAttribute("article", reports.article(id));
        model.addAttribute("parts", AnnualReport.NARRATIVE_PARTS);
        model.addAttribute(
                "approvable", report.approvableBy(StaffMember.required().userId()));
        return "monitoring/annual-report-page";
    }

    @PostMapping(LIST + "/{id}/narrative")
    @ReturnsOnRefusalTo(LIST + "/{id}")
    String narrative(@PathVariable UUID id, @RequestParam Map<String, String> form) {
        Map<String, String> parts = new LinkedHashMap<>();
        AnnualReport.NARRATIVE_PARTS.forEach(part -> parts.put(part, form.get(part)));
        reports.writeNarrative(id, parts);
        return "redirect:" + LIST + "/" + id + "?saved";
    }

    @PostMapping(LIST + "/{id}/refresh")
    @ReturnsOnRefusalTo(LIST + "/{id}")
    String refresh(@PathVariable UUID id) {
        reports.refresh(id);
        return "redirect:" + LIST + "/" + id + "?refreshed";
    }

    @PostMapping(LIST + "/{id}/approval")
    @ReturnsOnRefusalTo(LIST + "/{id}")
    String approve(@PathVariable UUID id) {
        reports.approve(id);
        return "redirect:" + LIST + "/" + id + "?published";
    }

    @GetMapping(LIST + "/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        AnnualReports.AnnualReportPdf pdf = reports.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(AnnualReportApiController.fileName(pdf.report()))
                                .build()
                                .toString())
                .body(pdf.bytes());
    }

    @GetMapping(LIST + "/{id}.html")
    ResponseEntity<String> html(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(reports.page(id));
    }

    /** The languages a report can be written in, for the form. */
    static List<String> languages() {
        return Languages.OFFERED.stream().map(Locale::getLanguage).toList();
    }
}
