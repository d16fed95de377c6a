package org.protego.cases;

import java.util.List;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;

/** The free text a closure, refusal, reopening, transfer or decline is explained with. */
final class MoveReasons {

    static final int MAX = 2000;

    private MoveReasons() {}

    /** The reason, trimmed; refused when missing, too long or holding control characters. */
    static String required(String field, String text) {
        String given = TypedText.orNullIfBlank(text);
        if (given == null || given.length() > MAX || TypedText.hasForbiddenControlCharacters(given)) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem(field, CaseError.REASON_REQUIRED, String.valueOf(MAX))));
        }
        return given.trim();
    }

    /** The text trimmed, or null when blank; refused when too long or holding control characters. */
    static String optional(String field, String text) {
        String given = TypedText.orNullIfBlank(text);
        if (given == null) {
            return null;
        }
        if (given.length() > MAX || TypedText.hasForbiddenControlCharacters(given)) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem(field, CaseError.TEXT_INVALID, String.valueOf(MAX))));
        }
        return given.trim();
    }
}
