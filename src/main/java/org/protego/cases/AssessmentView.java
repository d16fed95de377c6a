package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One revision of a case's best-interests assessment, as those who may read the case read it; reading is audited. */
public record AssessmentView(
        UUID id,
        int revision,
        LocalDate assessedOn,
        String author,
        Instant recordedAt,
        String safety,
        String familyAndCare,
        String health,
        String education,
        String viewsAndWishes,
        String recommendations) {

    /** The sections by the names the API gives them, in the order an assessment is read; one not written is null. */
    public Map<String, String> sectionsByName() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("safety", safety);
        sections.put("familyAndCare", familyAndCare);
        sections.put("health", health);
        sections.put("education", education);
        sections.put("viewsAndWishes", viewsAndWishes);
        sections.put("recommendations", recommendations);
        return sections;
    }
}
