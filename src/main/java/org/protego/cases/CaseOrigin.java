package org.protego.cases;

import java.util.Locale;

/** How a case came to be opened. */
public enum CaseOrigin {
    /** From a report to the hotline; the case keeps the report's reference. */
    REPORT,
    /** From a phone, chat or in-person contact a helpline recorded as a report. */
    HELPLINE_CONTACT,
    /** Opened by a case worker without a report, for example when a child is brought to a service. */
    DIRECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
