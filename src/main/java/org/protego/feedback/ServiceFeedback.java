package org.protego.feedback;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What children said about a service, as figures only: nothing at all while fewer than the minimum group answered,
 * and comments only once more than that many did, in no particular order and without dates.
 *
 * @param scope {@code service} for the service's own staff (every answer), {@code own-referrals} for a referring
 *     organisation's supervisor (the answers of children it referred)
 * @param shown whether there are enough answers to show anything
 * @param answers how many answers there are; null when not shown
 * @param questions per face question ({@code treated}, {@code safe}, {@code helped}): how many answered it and the
 *     average from 1 to 5
 * @param recommend how many would tell a friend, would not, or are not sure; null when not shown
 */
public record ServiceFeedback(
        UUID serviceId,
        String serviceName,
        String scope,
        int minimumGroup,
        boolean shown,
        Integer answers,
        Map<String, Question> questions,
        Recommend recommend,
        List<String> comments) {

    /** One face question: how many answered it, and their average score (null when none did). */
    public record Question(int count, BigDecimal average) {}

    /** The friend question's counts. */
    public record Recommend(int yes, int no, int notSure) {}
}
