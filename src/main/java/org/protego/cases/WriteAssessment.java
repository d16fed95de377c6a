package org.protego.cases;

import java.time.LocalDate;

/**
 * A best-interests assessment as a case worker writes it, section by section; {@code assessedOn} defaults to today.
 * Writing one again makes a new revision, and the earlier ones are kept.
 *
 * @param viewsAndWishes the child's own views and wishes, in the child's words where possible
 */
public record WriteAssessment(
        LocalDate assessedOn,
        String safety,
        String familyAndCare,
        String health,
        String education,
        String viewsAndWishes,
        String recommendations) {}
