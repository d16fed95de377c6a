package org.protego.cases;

import java.util.UUID;

/**
 * A case worker's request for a best-interests determination.
 *
 * @param decisionType {@code return}, {@code transfer} or {@code long_term_placement}
 * @param question what the panel is asked to decide, in the case worker's words
 * @param assessmentId the revision of the case's best-interests assessment the determination relies on; the latest
 *     when none is given
 */
public record RequestDetermination(String decisionType, String question, UUID assessmentId) {}
