package org.protego.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a group of answers into the figures staff may see. A small group could let staff recognise one child's answer
 * (they know whom they served this month), so below the minimum group nothing is shown, not even the count, and a
 * comment, which may be recognisable by its words, only when more than the minimum answered. Comments are shuffled so
 * their order tells nothing about when they came.
 */
final class FeedbackFigures {

    private FeedbackFigures() {}

    static ServiceFeedback of(
            UUID serviceId,
            String serviceName,
            String scope,
            List<StoredAnswer> answers,
            int minimumGroup,
            Function<StoredAnswer, String> comment,
            Random shuffle) {
        if (answers.size() < minimumGroup) {
            return new ServiceFeedback(
                    serviceId, serviceName, scope, minimumGroup, false, null, Map.of(), null, List.of());
        }
        Map<String, ServiceFeedback.Question> questions = new LinkedHashMap<>();
        questions.put("treated", question(answers, StoredAnswer::treated));
        questions.put("safe", question(answers, StoredAnswer::safe));
        questions.put("helped", question(answers, StoredAnswer::helped));
        var recommend =
                new ServiceFeedback.Recommend(count(answers, "yes"), count(answers, "no"), count(answers, "not_sure"));
        List<String> comments = new ArrayList<>();
        if (answers.size() > minimumGroup) {
            answers.stream()
                    .filter(answer -> answer.commentEncrypted() != null)
                    .map(comment)
                    .filter(Objects::nonNull)
                    .forEach(comments::add);
            Collections.shuffle(comments, shuffle);
        }
        return new ServiceFeedback(
                serviceId,
                serviceName,
                scope,
                minimumGroup,
                true,
                answers.size(),
                questions,
                recommend,
                List.copyOf(comments));
    }

    private static ServiceFeedback.Question question(
            List<StoredAnswer> answers, Function<StoredAnswer, Integer> score) {
        List<Integer> given =
                answers.stream().map(score).filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            return new ServiceFeedback.Question(0, null);
        }
        int sum = given.stream().mapToInt(Integer::intValue).sum();
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP);
        return new ServiceFeedback.Question(given.size(), average);
    }

    private static int count(List<StoredAnswer> answers, String recommend) {
        return (int) answers.stream()
                .filter(answer -> recommend.equals(answer.recommend()))
                .count();
    }
}
