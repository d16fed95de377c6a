package org.protego.cases;

import java.util.Locale;

/** How a named recipient organisation is compared: the same name typed with other capitals or spacing is the same. */
final class Recipients {

    private Recipients() {}

    /** Whether what was consented to (a recipient, or null for any) covers the recipient an action names. */
    static boolean covers(String consentedTo, String wanted) {
        if (consentedTo == null) {
            return true;
        }
        return wanted != null && comparable(consentedTo).equals(comparable(wanted));
    }

    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
