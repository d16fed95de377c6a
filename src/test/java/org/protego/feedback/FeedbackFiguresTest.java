package org.protego.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Figures from a group of answers: nothing below the minimum group, comments only above it. */
class FeedbackFiguresTest {

    static final UUID SERVICE = UUID.randomUUID();

    @Test
    void belowTheMinimumGroupNothingIsShownNotEvenTheCount() {
        ServiceFeedback figures = figures(answers(4, "comment"), 5);

        assertThat(figures.shown()).isFalse();
        assertThat(figures.answers()).isNull();
        assertThat(figures.questions()).isEmpty();
        assertThat(figures.recommend()).isNull();
        assertThat(figures.comments()).isEmpty();
    }

    @Test
    void atTheMinimumGroupCountsAndAveragesAreShownButNoComments() {
        ServiceFeedback figures = figures(answers(5, "comment"), 5);

        assertThat(figures.shown()).isTrue();
        assertThat(figures.answers()).isEqualTo(5);
        assertThat(figures.questions().get("treated"))
                .isEqualTo(new ServiceFeedback.Question(5, new BigDecimal("3.0")));
        assertThat(figures.recommend()).isEqualTo(new ServiceFeedback.Recommend(3, 2, 0));
        assertThat(figures.comments()).isEmpty();
    }

    @Test
    void aboveTheMinimumGroupCommentsAreShown() {
        ServiceFeedback figures = figures(answers(6, "comment"), 5);

        assertThat(figures.comments()).hasSize(6).allMatch(comment -> comment.startsWith("comment "));
    }

    @Test
    void commentsComeInNoParticularOrder() {
        List<StoredAnswer> answers = answers(40, "comment");

        List<String> first = FeedbackFigures.of(SERVICE, "s", "service", answers, 5, this::plain, new Random(1))
                .comments();
        List<String> second = FeedbackFigures.of(SERVICE, "s", "service", answers, 5, this::plain, new Random(2))
                .comments();

        assertThat(first).containsExactlyInAnyOrderElementsOf(second).isNotEqualTo(second);
    }

    @Test
    void aQuestionNobodyAnsweredHasNoAverage() {
        List<StoredAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(new StoredAnswer(UUID.randomUUID(), 4, null, 5, null, null));
        }

        ServiceFeedback figures = figures(answers, 5);

        assertThat(figures.questions().get("safe")).isEqualTo(new ServiceFeedback.Question(0, null));
        assertThat(figures.questions().get("helped").average()).isEqualByComparingTo("5");
    }

    private ServiceFeedback figures(List<StoredAnswer> answers, int minimumGroup) {
        return FeedbackFigures.of(SERVICE, "Safe House", "service", answers, minimumGroup, this::plain, new Random());
    }

    private String plain(StoredAnswer answer) {
        return answer.commentEncrypted();
    }

    /** Scores 1 to 5 in turn; yes for even, no for odd positions. */
    private static List<StoredAnswer> answers(int count, String comment) {
        List<StoredAnswer> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int score = i % 5 + 1;
            answers.add(new StoredAnswer(
                    UUID.randomUUID(), score, score, score, i % 2 == 0 ? "yes" : "no", comment + " " + i));
        }
        return answers;
    }
}
