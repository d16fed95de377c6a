package org.protego.cases;

import java.util.List;

/**
 * Opens a case: from a hotline report or a helpline contact when {@code reportReference} is given (the case keeps
 * the link), directly otherwise.
 */
public record RegisterCase(
        ChildRecord child,
        List<String> formsOfExploitation,
        Boolean unaccompanied,
        Boolean separated,
        Boolean trafficked,
        Boolean displaced,
        String riskLevel,
        String protectionNeeds,
        String reportReference) {

    public CaseDetails details() {
        return new CaseDetails(
                child,
                formsOfExploitation,
                unaccompanied,
                separated,
                trafficked,
                displaced,
                riskLevel,
                protectionNeeds);
    }
}
