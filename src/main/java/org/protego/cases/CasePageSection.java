package org.protego.cases;

import java.util.UUID;
import org.springframework.ui.Model;

/**
 * A section of the case page that another module owns, such as the case's referrals: shown after the case's own
 * parts, to those who may see the case (not to a supervisor who reads it only for a determination panel).
 */
public interface CasePageSection {

    /** The template that defines {@code th:fragment="section"}, such as {@code referrals/case-section}. */
    String template();

    int order();

    /**
     * Adds what the section shows for the case to the model; the caller may see the case. Reads of identifying data
     * are audited by the section's module.
     *
     * @param caseState the case's state code, such as {@code open} or {@code closed}
     */
    void addTo(Model model, UUID caseId, String caseState);
}
