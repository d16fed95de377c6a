package org.protego.cases;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The guardian section: who was appointed and how long the child waited, or the form to appoint one. */
@Component
class GuardianPagePart implements CasePagePart {

    @Override
    public String fragment() {
        return "guardian";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void addTo(Model model, CaseView caseView) {
        // Everything the section shows is part of the case view.
    }
}
