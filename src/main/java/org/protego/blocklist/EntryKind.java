package org.protego.blocklist;

/** What a block list entry blocks. */
public enum EntryKind {
    /** One URL: only in the hashed-URL feed, since DNS cannot see paths. */
    URL,
    /** A whole domain an analyst found dedicated to abuse: in the hashed-URL feed and the response policy zone. */
    DOMAIN
}
