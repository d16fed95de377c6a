package org.protego.cases;

import java.util.UUID;
import org.protego.shared.ReturnsOnRefusalTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The transfer forms of the case page, and the receiving organisation's page of incoming transfers, which shows no
 * child's data until one is accepted.
 */
@Controller
@RequestMapping("/staff/cases")
class TransferPageController {

    private final TransferManagement transfers;

    TransferPageController(TransferManagement transfers) {
        this.transfers = transfers;
    }

    @PostMapping("/{id}/transfer")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String request(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String reason) {
        transfers.requestTransfer(id, version, organisation, reason);
        return "redirect:/staff/cases/" + id;
    }

    @PostMapping("/{id}/transfer/cancellation")
    @ReturnsOnRefusalTo("/staff/cases/{id}")
    String cancel(@PathVariable UUID id, @RequestParam long version) {
        transfers.cancelTransfer(id, version);
        return "redirect:/staff/cases/" + id;
    }

    @GetMapping("/transfers")
    String incoming(Model model) {
        model.addAttribute("incoming", transfers.incoming());
        return "cases/transfers";
    }

    @PostMapping("/transfers/{transferId}/acceptance")
    @ReturnsOnRefusalTo("/staff/cases/transfers")
    String accept(@PathVariable UUID transferId) {
        CaseStatus accepted = transfers.accept(transferId);
        return "redirect:/staff/cases/" + accepted.id();
    }

    @PostMapping("/transfers/{transferId}/decline")
    @ReturnsOnRefusalTo("/staff/cases/transfers")
    String decline(@PathVariable UUID transferId, @RequestParam(required = false) String reason) {
        transfers.decline(transferId, reason);
        return "redirect:/staff/cases/transfers?declined";
    }
}
