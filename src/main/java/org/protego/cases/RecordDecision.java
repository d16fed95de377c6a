package org.protego.cases;

/**
 * The decision a determination panel came to.
 *
 * @param decision {@code approved} or {@code not_approved}
 * @param outcome what was decided and why, as the panel words it
 */
public record RecordDecision(String decision, String outcome) {}
