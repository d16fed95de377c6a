package org.protego.blocklist;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * What may be listed, by name. A domain dedicated to abuse must be a host name (RFC 1123 section 2.1, RFC 1035
 * section 2.3.4) in IDNA A-label form (RFC 5890 section 2.3.2.1) under a public suffix, never a suffix itself: the
 * Danish list of 2012 and an instance of ours that published {@code *.com CNAME .} show what one wrong name does.
 * The Public Suffix List comes from Guava, which follows publicsuffix.org with each release.
 */
final class ListableNames {

    static final int MAX_NAME_LENGTH = 253;
    static final int MAX_LABEL_LENGTH = 63;
    private static final String A_LABEL_PREFIX = "xn--";

    private ListableNames() {}

    /** Why a name cannot be listed whole, in the policy zone and the feed; empty when it can. */
    static Optional<BlocklistError> problemWithDedicatedDomain(String name) {
        Optional<BlocklistError> syntax = problemWithHostName(name);
        if (syntax.isPresent()) {
            // "de" is a single label, but that it is a public suffix is the reason that matters.
            return syntax.get() == BlocklistError.SINGLE_LABEL && isPublicSuffix(name)
                    ? Optional.of(BlocklistError.PUBLIC_SUFFIX)
                    : syntax;
        }
        if (name.length() > ResponsePolicyZone.LONGEST_DOMAIN) {
            return Optional.of(BlocklistError.DOMAIN_TOO_LONG_FOR_ZONE);
        }
        // Guava refuses a few names the syntax allows, such as a top-level label starting with a digit: none is
        // registrable.
        if (!InternetDomainName.isValid(name)) {
            return Optional.of(BlocklistError.NOT_REGISTRABLE);
        }
        InternetDomainName domain = InternetDomainName.from(name);
        if (domain.isPublicSuffix()) {
            return Optional.of(BlocklistError.PUBLIC_SUFFIX);
        }
        if (!domain.isUnderPublicSuffix()) {
            return Optional.of(BlocklistError.NOT_REGISTRABLE);
        }
        return Optional.empty();
    }

    /**
     * Why a URL's host cannot carry a URL entry. Clients look up every host suffix of a URL in the feed, so an entry
     * for {@code com/x} would block {@code /x} on every site under {@code .com}.
     */
    static Optional<BlocklistError> problemWithUrlHost(String host) {
        if (host.startsWith("[")
                || InetAddresses.isInetAddress(host)
                || host.chars().allMatch(ListableNames::isDigitOrDot)) {
            return Optional.empty();
        }
        if (host.indexOf('.') < 0) {
            return Optional.of(BlocklistError.HOST_IS_PUBLIC_SUFFIX);
        }
        return isPublicSuffix(host) ? Optional.of(BlocklistError.HOST_IS_PUBLIC_SUFFIX) : Optional.empty();
    }

    private static boolean isPublicSuffix(String name) {
        return InternetDomainName.isValid(name) && InternetDomainName.from(name).isPublicSuffix();
    }

    /** Why a name is not a multi-label host name in A-label form; says nothing about public suffixes. */
    static Optional<BlocklistError> problemWithHostName(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of(BlocklistError.DOMAIN_LABEL_LENGTH);
        }
        if (name.startsWith("[") || InetAddresses.isInetAddress(name)) {
            return Optional.of(BlocklistError.IP_ADDRESS);
        }
        if (!name.chars().allMatch(c -> isLetterDigitOrHyphen(c) || c == '.')) {
            return Optional.of(BlocklistError.DOMAIN_CHARACTERS);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of(BlocklistError.DOMAIN_LENGTH);
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH) {
                return Optional.of(BlocklistError.DOMAIN_LABEL_LENGTH);
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of(BlocklistError.DOMAIN_HYPHEN);
            }
            if (label.toLowerCase(Locale.ROOT).startsWith(A_LABEL_PREFIX) && !isALabel(label)) {
                return Optional.of(BlocklistError.DOMAIN_PUNYCODE);
            }
        }
        if (labels.length < 2) {
            return Optional.of(BlocklistError.SINGLE_LABEL);
        }
        // RFC 1123 section 2.1: a top-level label is never all digits, so "1.2.3.4" is always an address.
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Optional.of(BlocklistError.IP_ADDRESS);
        }
        return Optional.empty();
    }

    /** A name as it may be shown in a problem or the audit log: control characters and non-ASCII as '?'. */
    static String printable(String name) {
        var shown = new StringBuilder(Math.min(name.length(), 300));
        name.codePoints().limit(300).forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return shown.toString();
    }

    /** An A-label decodes to Unicode that encodes back to the same label (RFC 5891 section 5.4). */
    private static boolean isALabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        String unicode = IDN.toUnicode(lower, IDN.ALLOW_UNASSIGNED);
        // IDN answers with its input when the Punycode is broken; an A-label always decodes to some non-ASCII.
        if (unicode.equals(lower) || unicode.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        try {
            return IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED).equals(lower);
        } catch (IllegalArgumentException notEncodable) {
            return false;
        }
    }

    private static boolean isLetterDigitOrHyphen(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    }

    private static boolean isDigitOrDot(int c) {
        return (c >= '0' && c <= '9') || c == '.';
    }
}
