package org.protego.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;

/**
 * What a child answered on the feedback page. Every question may be left out, since a child should never be made to
 * answer, but an empty form says nothing and is refused.
 *
 * @param treated how the child was treated, 1 (very badly) to 5 (very well), or null
 * @param safe whether the child felt safe, 1 (not at all) to 5 (completely), or null
 * @param helped whether it helped, 1 (not at all) to 5 (a lot), or null
 * @param recommend {@code yes}, {@code no} or {@code not_sure}, or null
 * @param comment what the child wrote, or null
 * @param wantsContact whether the child asked someone to contact them
 */
record ChildAnswers(
        Integer treated, Integer safe, Integer helped, String recommend, String comment, boolean wantsContact) {

    static final int MAX_COMMENT = 2000;
    static final Set<String> RECOMMEND = Set.of("yes", "no", "not_sure");

    /** Every problem with the form's fields, all at once; empty when the answers can be stored. */
    static List<FieldProblem> problemsWith(
            String treated, String safe, String helped, String recommend, String comment, String contact) {
        List<FieldProblem> problems = new ArrayList<>();
        read(treated, safe, helped, recommend, comment, contact, problems);
        return problems;
    }

    /** Reads the form's fields, refusing with every problem at once. */
    static ChildAnswers read(
            String treated, String safe, String helped, String recommend, String comment, String contact) {
        List<FieldProblem> problems = new ArrayList<>();
        ChildAnswers answers = read(treated, safe, helped, recommend, comment, contact, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return answers;
    }

    private static ChildAnswers read(
            String treated,
            String safe,
            String helped,
            String recommend,
            String comment,
            String contact,
            List<FieldProblem> problems) {
        Integer treatedScore = score("treated", treated, problems);
        Integer safeScore = score("safe", safe, problems);
        Integer helpedScore = score("helped", helped, problems);
        String recommended = TypedText.orNullIfBlank(recommend);
        if (recommended != null && !RECOMMEND.contains(recommended)) {
            problems.add(new FieldProblem("recommend", FeedbackError.RECOMMEND_INVALID));
        }
        String written = TypedText.orNullIfBlank(comment) == null ? null : comment.strip();
        if (written != null && (written.length() > MAX_COMMENT || TypedText.hasForbiddenControlCharacters(written))) {
            problems.add(new FieldProblem("comment", FeedbackError.COMMENT_INVALID, String.valueOf(MAX_COMMENT)));
        }
        boolean wantsContact = "yes".equals(contact);
        if (problems.isEmpty()
                && treatedScore == null
                && safeScore == null
                && helpedScore == null
                && recommended == null
                && written == null
                && !wantsContact) {
            problems.add(new FieldProblem("treated", FeedbackError.NOTHING_ANSWERED));
        }
        return new ChildAnswers(treatedScore, safeScore, helpedScore, recommended, written, wantsContact);
    }

    private static Integer score(String field, String given, List<FieldProblem> problems) {
        String typed = TypedText.orNullIfBlank(given);
        if (typed == null) {
            return null;
        }
        if (!typed.matches("[1-5]")) {
            problems.add(new FieldProblem(field, FeedbackError.SCORE_INVALID));
            return null;
        }
        return Integer.valueOf(typed);
    }
}
