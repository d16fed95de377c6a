package org.protego.cases;

import java.util.List;

/**
 * What a case worker records about the child and the child's situation. In a change, a part left out (null) stays as
 * it was, and an empty text clears an optional one.
 *
 * @param formsOfExploitation codes of the Luxembourg Guidelines terms the report form uses
 * @param protectionNeeds the immediate protection needs, in the case worker's words
 */
public record CaseDetails(
        ChildRecord child,
        List<String> formsOfExploitation,
        Boolean unaccompanied,
        Boolean separated,
        Boolean trafficked,
        Boolean displaced,
        String riskLevel,
        String protectionNeeds) {

    public CaseDetails {
        formsOfExploitation = formsOfExploitation == null ? null : List.copyOf(formsOfExploitation);
    }
}
