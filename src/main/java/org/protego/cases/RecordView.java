package org.protego.cases;

/**
 * A panel member's view on a determination.
 *
 * @param position {@code support}, {@code oppose} or {@code abstain}
 */
public record RecordView(String position, String reasoning) {}
