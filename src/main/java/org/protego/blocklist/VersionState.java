package org.protego.blocklist;

/** Whether a list version was published. */
public enum VersionState {
    /** Signed and served to ISPs. */
    PUBLISHED,
    /** Broke a safety rule; waits for a second analyst's approval. */
    HELD,
    /** A held version an analyst refused; its additions were withdrawn. */
    REJECTED
}
