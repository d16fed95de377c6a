package org.protego.cases;

import org.springframework.ui.Model;

/**
 * A section of the case page that one part of the module owns (guardian, consents, best interests, care plan,
 * closure, transfer): it adds what its fragment shows to the model. The page shows the parts in {@link #order()}.
 */
interface CasePagePart {

    /** The fragment's template, under {@code templates/cases/parts/}, which defines {@code th:fragment="part"}. */
    String fragment();

    int order();

    /** Adds the part's model attributes for a case the viewer may see; reads it makes are audited by the part. */
    void addTo(Model model, CaseView caseView);

    /**
     * Whether the part is shown to a supervisor who reads the case only to sit on its determination panel; such a
     * reader sees what the panel needs, not the rest of the case.
     */
    default boolean shownToPanelReaders() {
        return false;
    }
}
