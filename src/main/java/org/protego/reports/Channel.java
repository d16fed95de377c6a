package org.protego.reports;

/** How a report reached the platform. */
public enum Channel {
    /** The public web form. */
    WEB,
    /** The JSON API, from a partner app. */
    API,
    /** A bulk submission by an industry member's API client. */
    INDUSTRY,
    /** A helpline phone call, recorded by an operator. */
    PHONE,
    /** A helpline chat, recorded by an operator. */
    CHAT,
    /** An e-mail to the helpline, recorded by an operator. */
    EMAIL,
    /** A visit in person, recorded by an operator. */
    IN_PERSON;

    public boolean isHelpline() {
        return this != WEB && this != API && this != INDUSTRY;
    }
}
