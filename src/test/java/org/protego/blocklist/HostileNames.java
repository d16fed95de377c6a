package org.protego.blocklist;

import java.util.List;

/** Names that must never become a policy zone owner, each with the reason the rules give, shared by the tests. */
final class HostileNames {

    record Hostile(String name, BlocklistError reason) {
        @Override
        public String toString() {
            return name.replace("\n", "\\n") + " -> " + reason.code();
        }
    }

    static final String LABEL_63 = "a".repeat(63);

    /** 239 characters: the longest domain whose wildcard owner fits under the zone name rpz.protego. */
    static final String LONGEST_LISTABLE = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "b".repeat(43) + ".com";

    /** 240 characters: one too many for the wildcard under rpz.protego. */
    static final String TOO_LONG_FOR_ZONE = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "b".repeat(44) + ".com";

    /** 253 characters: the longest DNS name, valid as a name but too long to carry a wildcard in any policy zone. */
    static final String LONGEST_NAME = LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "c".repeat(57) + ".com";

    static final List<Hostile> ALL = List.of(
            new Hostile("*", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("*.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("*.com", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile(";", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("a;b.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("(", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("a(b.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("$ORIGIN", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("$origin.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("\\", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("a\\046b.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile(" ", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("a b.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("\n", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("abuse.example.org\n*.com CNAME .", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("a_b.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("bücher.example.org", BlocklistError.DOMAIN_CHARACTERS),
            new Hostile("abuse.example.org.", BlocklistError.DOMAIN_LABEL_LENGTH),
            new Hostile("a..b.example.org", BlocklistError.DOMAIN_LABEL_LENGTH),
            new Hostile("", BlocklistError.DOMAIN_LABEL_LENGTH),
            new Hostile("a".repeat(64) + ".example.org", BlocklistError.DOMAIN_LABEL_LENGTH),
            new Hostile(LONGEST_NAME + "x", BlocklistError.DOMAIN_LENGTH),
            new Hostile("a." + LONGEST_NAME, BlocklistError.DOMAIN_LENGTH),
            new Hostile("-abuse.example.org", BlocklistError.DOMAIN_HYPHEN),
            new Hostile("abuse-.example.org", BlocklistError.DOMAIN_HYPHEN),
            new Hostile("xn--a.com", BlocklistError.DOMAIN_PUNYCODE),
            new Hostile("xn--bcher-kv.com", BlocklistError.DOMAIN_PUNYCODE),
            new Hostile("xn--abc.com", BlocklistError.DOMAIN_PUNYCODE),
            new Hostile("xn--.com", BlocklistError.DOMAIN_HYPHEN),
            new Hostile("192.0.2.1", BlocklistError.IP_ADDRESS),
            new Hostile("[2001:db8::1]", BlocklistError.IP_ADDRESS),
            new Hostile("2001:db8::1", BlocklistError.IP_ADDRESS),
            new Hostile("10.0.0", BlocklistError.IP_ADDRESS),
            new Hostile("de", BlocklistError.PUBLIC_SUFFIX),
            new Hostile("com", BlocklistError.PUBLIC_SUFFIX),
            new Hostile("co.uk", BlocklistError.PUBLIC_SUFFIX),
            new Hostile("blogspot.com", BlocklistError.PUBLIC_SUFFIX),
            new Hostile("xn--p1ai", BlocklistError.PUBLIC_SUFFIX),
            new Hostile("example", BlocklistError.SINGLE_LABEL),
            new Hostile("site-1.example", BlocklistError.NOT_REGISTRABLE),
            new Hostile("abuse.test", BlocklistError.NOT_REGISTRABLE),
            new Hostile(TOO_LONG_FOR_ZONE, BlocklistError.DOMAIN_TOO_LONG_FOR_ZONE),
            new Hostile(LONGEST_NAME, BlocklistError.DOMAIN_TOO_LONG_FOR_ZONE));

    /** Names at the edges of the rules that must be listed, and that BIND and Unbound load. */
    static final List<String> VALID_EDGES = List.of(
            "abuse.example.org",
            "ABUSE.Example.ORG",
            LABEL_63 + ".example.org",
            LONGEST_LISTABLE,
            "xn--bcher-kva.com",
            "xn--e1afmkfd.xn--p1ai",
            "a-b--c.example.com",
            "1abuse.example.org",
            "a.b.c.d.e.f.example.co.uk",
            "abuse.blogspot.com");

    private HostileNames() {}
}
