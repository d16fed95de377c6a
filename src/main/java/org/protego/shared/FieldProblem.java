package org.protego.shared;

import java.util.List;

/**
 * One thing wrong with one input field: the field's name, the stable code of what is wrong, and the message key and
 * arguments that say it in the reader's language.
 */
public record FieldProblem(String field, String code, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, ErrorCode error, Object... arguments) {
        this(field, error.code(), error.messageKey(), List.of(arguments));
    }

    /** @deprecated name the reason with the module's error code, so that pages can translate it */
    @Deprecated(forRemoval = true)
    public FieldProblem(String field, String code, String englishDetail) {
        this(field, code, SharedError.UNTRANSLATED_INVALID.messageKey(), List.of(englishDetail));
    }
}
