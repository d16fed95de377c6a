package org.protego.takedown;

/** Who one notice goes to, as the directory names them: a provider's abuse contact or a partner's contact. */
record Recipient(RecipientKind kind, String name, String contact, String language) {

    static Recipient of(RecipientKind kind, Provider provider) {
        return new Recipient(kind, provider.name(), provider.abuseContact(), provider.language());
    }

    static Recipient of(Partner partner) {
        return new Recipient(partner.kind(), partner.name(), partner.contact(), partner.language());
    }
}
