package org.protego.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monitoring pages of commitments and instruments: the landing page lists the commitments, overdue ones first. */
@Controller
class MonitoringPageController {

    private final CommitmentManagement commitments;
    private final InstrumentManagement instruments;

    MonitoringPageController(CommitmentManagement commitments, InstrumentManagement instruments) {
        this.commitments = commitments;
        this.instruments = instruments;
    }

    @GetMapping("/staff/monitoring")
    String landing(@AuthenticationPrincipal StaffMember me, Model model) {
        List<CommitmentViews.CommitmentLine> lines = commitments.list();
        model.addAttribute("commitments", lines);
        model.addAttribute(
                "overdueCount",
                lines.stream().filter(CommitmentViews.CommitmentLine::overdue).count());
        model.addAttribute("readsAll", CommitmentManagement.readsAll(me));
        return "monitoring/commitments";
    }

    @GetMapping("/staff/monitoring/commitments/{code}")
    String commitment(@PathVariable String code, @AuthenticationPrincipal StaffMember me, Model model) {
        model.addAttribute("commitment", commitments.view(code));
        model.addAttribute("mayAssess", me.has(Role.MONITOR));
        model.addAttribute("mayChangeOwner", CommitmentManagement.readsAll(me));
        model.addAttribute(
                "statuses",
                java.util.Arrays.stream(CommitmentStatus.values())
                        .map(CommitmentStatus::code)
                        .toList());
        return "monitoring/commitment";
    }

    @PostMapping("/staff/monitoring/commitments/{code}/assessment")
    @ReturnsOnRefusalTo("/staff/monitoring/commitments/{code}")
    String assess(
            @PathVariable String code,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String metOn,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version) {
        commitments.assess(code, new CommitmentViews.Assessment(status, metOn, note, version));
        return "redirect:/staff/monitoring/commitments/" + code + "?saved";
    }

    @PostMapping("/staff/monitoring/commitments/{code}/owner")
    @ReturnsOnRefusalTo("/staff/monitoring/commitments/{code}")
    String owner(
            @PathVariable String code,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) Long version) {
        commitments.changeOwner(code, new CommitmentViews.OwnerChange(organisation, version));
        return "redirect:/staff/monitoring/commitments/" + code + "?saved";
    }

    @PostMapping("/staff/monitoring/commitments/{code}/evidence")
    @ReturnsOnRefusalTo("/staff/monitoring/commitments/{code}")
    String evidence(
            @PathVariable String code,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String indicator) {
        commitments.addEvidence(code, new CommitmentViews.NewEvidence(kind, title, url, indicator));
        return "redirect:/staff/monitoring/commitments/" + code + "?saved#evidence";
    }

    @GetMapping("/staff/monitoring/instruments")
    String instruments(Model model) {
        model.addAttribute("instruments", instruments.list());
        return "monitoring/instruments";
    }

    @GetMapping("/staff/monitoring/instruments/{code}")
    String instrument(@PathVariable String code, Model model) {
        InstrumentView instrument = instruments.view(code);
        model.addAttribute("instrument", instrument);
        model.addAttribute("history", instruments.history(code));
        model.addAttribute("consentTypes", InstrumentManagement.CONSENT_TYPES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", formOf(instrument));
        }
        return "monitoring/instrument";
    }

    @PostMapping("/staff/monitoring/instruments/{code}")
    @ReturnsOnRefusalTo("/staff/monitoring/instruments/{code}")
    String changeInstrument(
            @PathVariable String code,
            @RequestParam(required = false) String signedOn,
            @RequestParam(required = false) String consentOn,
            @RequestParam(required = false) String consentType,
            @RequestParam(required = false) String reservations,
            @RequestParam(required = false) String declarations,
            @RequestParam(required = false) String inForceForStateOn,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Long version) {
        instruments.changeFacts(
                code,
                new InstrumentView.FactsChange(
                        signedOn,
                        consentOn,
                        consentType,
                        reservations,
                        declarations,
                        inForceForStateOn,
                        asOf,
                        source,
                        version));
        return "redirect:/staff/monitoring/instruments/" + code + "?saved";
    }

    private static Map<String, String> formOf(InstrumentView instrument) {
        Map<String, String> form = new LinkedHashMap<>();
        InstrumentManagement.asMap(instrument.state()).forEach((field, value) -> form.put(field, (String) value));
        return form;
    }
}
