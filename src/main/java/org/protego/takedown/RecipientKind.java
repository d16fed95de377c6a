package org.protego.takedown;

/** Who a notice goes to, and so one rung of the escalation ladder. */
public enum RecipientKind {
    /** The hosting provider's abuse contact. */
    PROVIDER,
    /** The provider's upstream: the network or registrar that carries it. */
    UPSTREAM,
    /** The partner hotline in the hosting country. */
    PARTNER_HOTLINE,
    /** The law enforcement point of the hosting country, or the national focal point. */
    LAW_ENFORCEMENT
}
