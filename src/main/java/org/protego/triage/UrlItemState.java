package org.protego.triage;

/** Whether a URL item still needs an analyst. */
public enum UrlItemState {
    /** Reported, not yet assessed. */
    AWAITING_ASSESSMENT,
    /** Assessed at least once; the newest assessment holds. */
    ASSESSED
}
