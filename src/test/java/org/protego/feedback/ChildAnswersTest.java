package org.protego.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;

/** What a child may send: every question optional, faces 1 to 5, but not an empty form. */
class ChildAnswersTest {

    @Test
    void facesFriendCommentAndContactAreRead() {
        ChildAnswers answers = ChildAnswers.read("5", "4", "3", "not_sure", "  They listened to me.  ", "yes");

        assertThat(answers).isEqualTo(new ChildAnswers(5, 4, 3, "not_sure", "They listened to me.", true));
    }

    @Test
    void anyQuestionMayBeLeftOut() {
        assertThat(ChildAnswers.read("", "", "2", "", "", "no"))
                .isEqualTo(new ChildAnswers(null, null, 2, null, null, false));
    }

    @Test
    void onlyAskingToBeContactedIsEnough() {
        assertThat(ChildAnswers.read("", "", "", "", "", "yes").wantsContact()).isTrue();
    }

    @Test
    void anEmptyFormIsRefused() {
        assertThat(ChildAnswers.problemsWith("", "", "", "", " ", "no"))
                .extracting(FieldProblem::code)
                .containsExactly("feedback-nothing-answered");
    }

    @Test
    void everyWrongAnswerIsNamedAtOnce() {
        assertThatThrownBy(() -> ChildAnswers.read("6", "0", "x", "maybe", "a".repeat(2001), "no"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("treated", "safe", "helped", "recommend", "comment"));
    }

    @Test
    void controlCharactersInACommentAreRefused() {
        assertThat(ChildAnswers.problemsWith("3", "", "", "", "bad\u0000text", "no"))
                .extracting(FieldProblem::code)
                .containsExactly("feedback-comment-invalid");
    }
}
