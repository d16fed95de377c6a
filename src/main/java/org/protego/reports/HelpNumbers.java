package org.protego.reports;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a reporter can get help now; the numbers are set per deployment ({@code protego.help.*}) and read out to
 * children, so each must be a number one can dial.
 *
 * @param helplineNumber the child helpline, free and confidential
 * @param emergencyNumber the number to call when a child is in danger right now
 */
record HelpNumbers(
        @DefaultValue("116 111") String helplineNumber,
        @DefaultValue("112") String emergencyNumber) {

    /** Digits with the separators people write phone numbers with, and at least one digit. */
    private static final Pattern DIALABLE = Pattern.compile("(?=.*[0-9])[0-9 +()./-]{1,30}");

    HelpNumbers {
        requireDialable("protego.help.helpline-number", helplineNumber);
        requireDialable("protego.help.emergency-number", emergencyNumber);
    }

    private static void requireDialable(String setting, String number) {
        if (number == null || !DIALABLE.matcher(number.strip()).matches()) {
            throw new IllegalArgumentException(setting
                    + " must be a phone number of at most 30 digits, spaces and + ( ) . / -, for example 116 111, not '"
                    + number + "'");
        }
    }
}
