package org.protego.shared;

/** What was asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RefusedException {

    public NotFoundException(ErrorCode error, Object... arguments) {
        super(error, arguments);
    }

    /** @deprecated name the reason with the module's error code, so that pages can translate it */
    @Deprecated(forRemoval = true)
    public NotFoundException(String message) {
        super(SharedError.UNTRANSLATED_NOT_FOUND, message);
    }
}
