package org.protego.shared;

/** How free text that people type is read: blank means absent, and only line breaks and tabs may be control characters. */
public final class TypedText {

    private TypedText() {}

    /** The text, or null when it is missing or only white space. */
    public static String orNullIfBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Line breaks and tabs are part of ordinary text; every other control character is refused. */
    public static boolean hasForbiddenControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
