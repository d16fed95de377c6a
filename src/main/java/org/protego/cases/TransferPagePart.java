package org.protego.cases;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The transfer section: the case's transfers, and the form to ask another organisation to take the case over. */
@Component
class TransferPagePart implements CasePagePart {

    private final TransferManagement transfers;

    TransferPagePart(TransferManagement transfers) {
        this.transfers = transfers;
    }

    @Override
    public String fragment() {
        return "transfer";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        model.addAttribute("transfers", transfers.transfers(caseView.id(), null));
        model.addAttribute("mayRequestTransfer", CaseState.OPEN.code().equals(caseView.state()));
        model.addAttribute(
                "mayCancelTransfer", CaseState.TRANSFER_PENDING.code().equals(caseView.state()));
    }
}
