package org.protego.shared;

import org.springframework.http.HttpStatus;

/**
 * One reason a request is refused, as each module declares them in a single enum: a stable code that machines match
 * on, the HTTP status the API answers with, and the message key pages and problem details are written from, so that
 * the same refusal reads in the user's language on a page and in English in the API.
 */
public interface ErrorCode {

    /** Lower case with dashes, for example {@code takedown-already-removed}; never changes once released. */
    String code();

    HttpStatus status();

    /** A key of {@code messages.properties}, with {@code {0}}-style arguments where the message names a value. */
    String messageKey();

    /** The usual way an enum constant names its code: the module's prefix and the constant in lower case. */
    static String codeOf(String modulePrefix, Enum<?> constant) {
        return modulePrefix + "-"
                + constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
