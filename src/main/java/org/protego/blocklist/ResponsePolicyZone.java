package org.protego.blocklist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The DNS response policy zone of a version (draft-vixie-dns-rpz), which BIND and Unbound load as it is. Wildcards
 * come only from here; every owner name is checked again as it is written, and the assembled zone is checked before
 * anyone signs or serves it, so that a row written straight into the table can never reach a resolver.
 */
final class ResponsePolicyZone {

    /** The zone name the README tells ISPs to load the zone under; owner names are relative to it. */
    static final String NAME = "rpz.protego";

    /**
     * The longest domain whose wildcard owner, {@code *.domain.rpz.protego}, still fits the 253 characters of a DNS
     * name (RFC 1035 section 3.1: 255 octets in wire form).
     */
    static final int LONGEST_DOMAIN = ListableNames.MAX_NAME_LENGTH - "*.".length() - ("." + NAME).length();

    private static final long LARGEST_SERIAL = 0xffffffffL;
    private static final Pattern HEADER = Pattern.compile("; Protego block list version [0-9]{1,10}: [a-z ]+");
    private static final Pattern SOA =
            Pattern.compile("@ IN SOA localhost\\. hostmaster\\.localhost\\. \\( [0-9]{1,10} 3600 600 86400 300 \\)");

    private ResponsePolicyZone() {}

    /**
     * The zone listing these domains, in the order given, leaving out any name the rules refuse: such a name can
     * only come from a row older than the rules or one written around them.
     */
    static String of(long version, List<String> domains, String stopPage) {
        String action = actionFor(stopPage);
        if (version < 0 || version > LARGEST_SERIAL) {
            throw new IllegalStateException("Version " + version + " does not fit the zone's serial number.");
        }
        Set<String> owners = new LinkedHashSet<>();
        for (String domain : domains) {
            if (domain != null
                    && ListableNames.problemWithDedicatedDomain(domain).isEmpty()) {
                owners.add(domain.toLowerCase(Locale.ROOT));
            }
        }
        var zone = new StringBuilder();
        zone.append("; Protego block list version ")
                .append(version)
                .append(": domains dedicated to child sexual abuse material\n");
        zone.append("$TTL 300\n");
        zone.append("@ IN SOA localhost. hostmaster.localhost. ( ")
                .append(version)
                .append(" 3600 600 86400 300 )\n");
        zone.append("@ IN NS localhost.\n");
        for (String owner : owners) {
            zone.append(owner).append(" CNAME ").append(action).append('\n');
            zone.append("*.").append(owner).append(" CNAME ").append(action).append('\n');
        }
        String text = zone.toString();
        check(text, action);
        return text;
    }

    /**
     * The target of every policy record: {@code .} answers NXDOMAIN, a host name sends users to a stop page. Refuses
     * a stop page that is not a host name, since it is written into every record.
     */
    static String actionFor(String stopPage) {
        if (stopPage == null || stopPage.isBlank()) {
            return ".";
        }
        String name = stopPage.strip().toLowerCase(Locale.ROOT);
        name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (ListableNames.problemWithHostName(name).isPresent()) {
            throw new IllegalStateException(
                    "protego.blocklist.rpz-stop-page must be a host name such as stop.hotline.example, not '" + stopPage
                            + "'.");
        }
        return name + ".";
    }

    /**
     * Refuses a zone that is not exactly what {@link #of} writes: a header, $TTL, SOA and NS, then pairs of a domain
     * and its wildcard that the rules accept, each domain once, in printable ASCII.
     */
    static void check(String zone, String action) {
        if (!zone.endsWith("\n")) {
            throw malformed(0, "the zone does not end with a line break");
        }
        if (!zone.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f))) {
            throw malformed(0, "the zone holds a character that is not printable ASCII");
        }
        String[] lines = zone.substring(0, zone.length() - 1).split("\n", -1);
        if (lines.length < 4
                || !HEADER.matcher(lines[0]).matches()
                || !lines[1].equals("$TTL 300")
                || !SOA.matcher(lines[2]).matches()
                || !lines[3].equals("@ IN NS localhost.")) {
            throw malformed(1, "the header, $TTL, SOA or NS record is not the one Protego writes");
        }
        if ((lines.length - 4) % 2 != 0) {
            throw malformed(lines.length, "a domain is missing its wildcard record");
        }
        String suffix = " CNAME " + action;
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 4; i < lines.length; i += 2) {
            String domain = ownerOf(lines[i], suffix, i + 1);
            if (!lines[i + 1].equals("*." + domain + suffix)) {
                throw malformed(i + 2, "the wildcard record does not follow its domain");
            }
            if (!domain.equals(domain.toLowerCase(Locale.ROOT))
                    || ListableNames.problemWithDedicatedDomain(domain).isPresent()) {
                throw malformed(i + 1, "an owner name the rules refuse");
            }
            if (!seen.add(domain)) {
                throw malformed(i + 1, "a domain listed twice");
            }
        }
    }

    private static String ownerOf(String line, String suffix, int lineNumber) {
        if (!line.endsWith(suffix)) {
            throw malformed(lineNumber, "a record that is not a policy CNAME");
        }
        return line.substring(0, line.length() - suffix.length());
    }

    private static IllegalStateException malformed(int line, String what) {
        return new IllegalStateException(
                "The generated policy zone is malformed" + (line > 0 ? " at line " + line : "") + ": " + what + ".");
    }
}
