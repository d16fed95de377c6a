package org.protego.shared;

import static org.protego.shared.InvalidUrlException.Reason.BLANK;
import static org.protego.shared.InvalidUrlException.Reason.CONTROL_CHARACTERS;
import static org.protego.shared.InvalidUrlException.Reason.MALFORMED;
import static org.protego.shared.InvalidUrlException.Reason.MISSING_HOST;
import static org.protego.shared.InvalidUrlException.Reason.TOO_LONG;
import static org.protego.shared.InvalidUrlException.Reason.UNSUPPORTED_SCHEME;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reported URL in the canonical form used to recognise the same page reported in different spellings (RFC 3986
 * section 6).
 */
public record CanonicalUrl(String value) {

    public static final int MAX_LENGTH = 2048;

    private static final Map<String, Integer> DEFAULT_PORT_BY_SUPPORTED_SCHEME =
            Map.of("http", 80, "https", 443, "ftp", 21);

    // RFC 3986 section 3.1.
    private static final Pattern SCHEME_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    // "localhost:8080/x" also matches the scheme syntax; a run of digits after the colon means it is a port.
    private static final Pattern HOST_AND_PORT_WITHOUT_SCHEME =
            Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[0-9]+(?:[/?#].*)?$");

    // Real schemes, so that "tel:112" or "javascript:0" are refused rather than read as a host and port.
    private static final Set<String> SCHEMES_NEVER_READ_AS_HOST = Set.of(
            "http",
            "https",
            "ftp",
            "javascript",
            "vbscript",
            "data",
            "file",
            "mailto",
            "tel",
            "sms",
            "about",
            "blob",
            "urn",
            "news",
            "ws",
            "wss");

    private static final int NO_PORT = -1;
    private static final int HIGHEST_PORT = 65535;
    private static final int IPV6_GROUP_COUNT = 8;

    private static final String SUB_DELIMITERS = "!$&'()*+,;=";
    private static final String ALSO_ALLOWED_IN_USERINFO = ":";
    private static final String ALSO_ALLOWED_IN_PATH = ":@/";
    private static final String ALSO_ALLOWED_IN_QUERY = ":@/?";
    private static final char[] UPPER_CASE_HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    public CanonicalUrl {
        Objects.requireNonNull(value, "value");
    }

    /** Canonicalises a URL exactly as a person reported it, or throws InvalidUrlException naming why it is refused. */
    public static CanonicalUrl of(String asReported) throws InvalidUrlException {
        String text = stripSurroundingWhiteSpace(asReported == null ? "" : asReported);
        if (text.isEmpty()) {
            throw new InvalidUrlException(BLANK, "The URL is blank.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidUrlException(TOO_LONG, "The URL is longer than " + MAX_LENGTH + " characters.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidUrlException(
                    CONTROL_CHARACTERS, "The URL contains control characters such as tabs or line breaks.");
        }
        if (containsUnpairedSurrogate(text)) {
            throw new InvalidUrlException(MALFORMED, "The URL contains an incomplete Unicode character.");
        }

        String withScheme = assumeHttpWhereSchemeIsMissing(text);
        int schemeEnd = withScheme.indexOf(':');
        String scheme = withScheme.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        Integer defaultPort = DEFAULT_PORT_BY_SUPPORTED_SCHEME.get(scheme);
        if (defaultPort == null) {
            throw new InvalidUrlException(UNSUPPORTED_SCHEME, "Only http, https and ftp URLs can be reported.");
        }

        String hierarchicalPart = withScheme.substring(schemeEnd + 1);
        if (!hierarchicalPart.startsWith("//")) {
            throw new InvalidUrlException(MISSING_HOST, "The URL does not name a host.");
        }
        String afterSlashes = withoutFragment(hierarchicalPart.substring(2));
        String authority = authorityOf(afterSlashes);
        String pathAndQuery = afterSlashes.substring(authority.length());
        int queryStart = pathAndQuery.indexOf('?');
        String path = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
        String query = queryStart < 0 ? "" : pathAndQuery.substring(queryStart + 1);

        int userinfoEnd = userinfoEndOf(authority);
        String userinfo = userinfoEnd < 0 ? "" : authority.substring(0, userinfoEnd);
        String hostAndPort = authority.substring(userinfoEnd + 1);
        String rawHost = hostOf(hostAndPort);
        if (rawHost.isEmpty()) {
            throw new InvalidUrlException(MISSING_HOST, "The URL does not name a host.");
        }
        String host = rawHost.startsWith("[") ? canonicalIpv6Literal(rawHost) : canonicalRegisteredName(rawHost);
        int port = portOf(hostAndPort.substring(rawHost.length()));

        StringBuilder canonical =
                new StringBuilder(text.length() + 8).append(scheme).append("://");
        // An empty userinfo ("http://@host/") names nobody, so it is dropped like an empty port.
        if (!userinfo.isEmpty()) {
            canonical
                    .append(normalisePercentEncoding(userinfo, ALSO_ALLOWED_IN_USERINFO))
                    .append('@');
        }
        canonical.append(host);
        // RFC 3986 section 6.2.3: the scheme's default port is the same as no port.
        if (port != NO_PORT && port != defaultPort) {
            canonical.append(':').append(port);
        }
        // RFC 3986 section 6.2.2.3: percent-encoding is normalised first, so "%2E%2E" counts as a dot segment.
        String normalisedPath = normalisePercentEncoding(path, ALSO_ALLOWED_IN_PATH);
        // RFC 3986 section 6.2.3: an empty path is equivalent to "/" for http, https and ftp.
        canonical.append(normalisedPath.isEmpty() ? "/" : removeDotSegments(normalisedPath));
        // RFC 3986 section 6.2.3 leaves empty components to scheme knowledge. Web servers answer "http://a/?" and
        // "http://a/" with the same page, and a report of either must be recognised as the same page, so an empty
        // query is dropped.
        if (!query.isEmpty()) {
            canonical.append('?').append(normalisePercentEncoding(query, ALSO_ALLOWED_IN_QUERY));
        }

        // Percent-encoding can lengthen the text; the canonical value itself must respect the limit it is stored under.
        if (canonical.length() > MAX_LENGTH) {
            throw new InvalidUrlException(
                    TOO_LONG,
                    "The URL is longer than " + MAX_LENGTH + " characters once non-ASCII characters are encoded.");
        }
        return new CanonicalUrl(canonical.toString());
    }

    /** The lower-case scheme, or an empty string if this value was not built by {@link #of(String)} and has none. */
    public String scheme() {
        int schemeEnd = value.indexOf(':');
        return schemeEnd < 0 ? "" : value.substring(0, schemeEnd);
    }

    /** The lower-case ASCII (punycode) host, IPv6 addresses in brackets; empty if the value has no authority. */
    public String host() {
        int authorityStart = value.indexOf("://");
        if (authorityStart < 0) {
            return "";
        }
        String authority = authorityOf(withoutFragment(value.substring(authorityStart + 3)));
        return hostOf(authority.substring(userinfoEndOf(authority) + 1));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String stripSurroundingWhiteSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhiteSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    // isSpaceChar adds the no-break spaces that often come along when a URL is copied from a web page.
    private static boolean isWhiteSpace(char character) {
        return Character.isWhitespace(character) || Character.isSpaceChar(character);
    }

    private static boolean containsUnpairedSurrogate(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (Character.isHighSurrogate(character)
                    && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(character)) {
                return true;
            }
        }
        return false;
    }

    // People report "example.com/page" or "localhost:8080/x" as often as full URLs; browsers open them over http.
    private static String assumeHttpWhereSchemeIsMissing(String text) {
        boolean hasScheme = SCHEME_PREFIX.matcher(text).find();
        if (hasScheme && HOST_AND_PORT_WITHOUT_SCHEME.matcher(text).matches()) {
            String possibleScheme = text.substring(0, text.indexOf(':')).toLowerCase(Locale.ROOT);
            hasScheme = SCHEMES_NEVER_READ_AS_HOST.contains(possibleScheme);
        }
        if (hasScheme) {
            return text;
        }
        // A network-path reference (RFC 3986 section 4.2) already carries its "//".
        return text.startsWith("//") ? "http:" + text : "http://" + text;
    }

    private static String withoutFragment(String text) {
        int fragmentStart = text.indexOf('#');
        return fragmentStart < 0 ? text : text.substring(0, fragmentStart);
    }

    // RFC 3986 section 3.2: the authority ends at the first "/", "?" or "#".
    private static String authorityOf(String afterSlashes) {
        for (int index = 0; index < afterSlashes.length(); index++) {
            char character = afterSlashes.charAt(index);
            if (character == '/' || character == '?' || character == '#') {
                return afterSlashes.substring(0, index);
            }
        }
        return afterSlashes;
    }

    // The host is whatever follows the last "@", as browsers read it, so "http://trusted.example@evil.example/" is
    // recorded under the host it really leads to.
    private static int userinfoEndOf(String authority) {
        return authority.lastIndexOf('@');
    }

    private static String hostOf(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int literalEnd = hostAndPort.indexOf(']');
            return literalEnd < 0 ? hostAndPort : hostAndPort.substring(0, literalEnd + 1);
        }
        int portStart = hostAndPort.lastIndexOf(':');
        return portStart < 0 ? hostAndPort : hostAndPort.substring(0, portStart);
    }

    private static int portOf(String afterHost) {
        if (afterHost.isEmpty()) {
            return NO_PORT;
        }
        if (afterHost.charAt(0) != ':') {
            throw malformed("The URL has unexpected text after its host.");
        }
        String digits = afterHost.substring(1);
        // RFC 3986 section 6.2.3: an empty port ("http://example.com:/") is the same as no port.
        if (digits.isEmpty()) {
            return NO_PORT;
        }
        if (!digits.chars().allMatch(CanonicalUrl::isAsciiDigit)) {
            throw malformed("The port of the URL is not a number.");
        }
        String significantDigits = digits.replaceFirst("^0+(?=.)", "");
        if (significantDigits.length() > 5 || Integer.parseInt(significantDigits) > HIGHEST_PORT) {
            throw malformed("The port of the URL is larger than " + HIGHEST_PORT + ".");
        }
        return Integer.parseInt(significantDigits);
    }

    // RFC 3986 section 3.2.2: a registered name may carry percent-encoded UTF-8; section 6.2.2.1: hosts are
    // case-insensitive. Internationalised names are compared in their ASCII form (RFC 3490, RFC 5890).
    private static String canonicalRegisteredName(String rawHost) {
        String decoded = percentDecodeAsUtf8(rawHost);
        String ascii;
        try {
            ascii = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException invalidName) {
            throw malformed("The host of the URL is not a valid internationalised domain name.");
        }
        // A fully qualified "example.com." names the same host as "example.com".
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        // Checked after the IDN conversion because compatibility mapping can produce ASCII delimiters, for example a
        // full-width solidus turning into "/".
        if (ascii.isEmpty() || ascii.startsWith(".") || ascii.contains("..") || ascii.endsWith(".")) {
            throw malformed("The host of the URL has an empty label.");
        }
        if (!ascii.chars().allMatch(CanonicalUrl::isAllowedInRegisteredName)) {
            throw malformed("The host of the URL contains characters that are not allowed in a host name.");
        }
        return ascii;
    }

    // RFC 3986 section 3.2.2: reg-name = *( unreserved / pct-encoded / sub-delims ).
    private static boolean isAllowedInRegisteredName(int character) {
        return isUnreserved(character) || SUB_DELIMITERS.indexOf(character) >= 0;
    }

    private static String percentDecodeAsUtf8(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int index = 0;
        while (index < text.length()) {
            if (text.charAt(index) == '%') {
                bytes.write(percentEncodedOctetAt(text, index));
                index += 3;
            } else {
                int codePoint = text.codePointAt(index);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                index += Character.charCount(codePoint);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw malformed("The host of the URL is percent-encoded but is not UTF-8.");
        }
    }

    // RFC 3986 section 2.4: "%" always introduces two hex digits, so a lone or malformed "%" makes the URL ambiguous.
    private static int percentEncodedOctetAt(String text, int percentIndex) {
        if (percentIndex + 2 >= text.length()) {
            throw malformed("The URL contains a \"%\" that is not followed by two hexadecimal digits.");
        }
        int high = Character.digit(text.charAt(percentIndex + 1), 16);
        int low = Character.digit(text.charAt(percentIndex + 2), 16);
        if (high < 0 || low < 0 || !isAscii(text.charAt(percentIndex + 1)) || !isAscii(text.charAt(percentIndex + 2))) {
            throw malformed("The URL contains a \"%\" that is not followed by two hexadecimal digits.");
        }
        return high * 16 + low;
    }

    // RFC 3986 section 6.2.2.2: encoded unreserved characters are decoded, every other encoding is kept with upper-case
    // hex digits (section 6.2.2.1). Keeping "%2F" encoded matters: "/a%2Fb" and "/a/b" can be different pages.
    // Characters the grammar does not allow in the component (spaces, non-ASCII) are encoded as UTF-8 (section 2.5), as
    // browsers do when they send such a URL.
    private static String normalisePercentEncoding(String component, String alsoAllowed) {
        StringBuilder normalised = new StringBuilder(component.length());
        int index = 0;
        while (index < component.length()) {
            char character = component.charAt(index);
            if (character == '%') {
                int octet = percentEncodedOctetAt(component, index);
                if (isUnreserved(octet)) {
                    normalised.append((char) octet);
                } else {
                    appendPercentEncoded(normalised, octet);
                }
                index += 3;
            } else if (isUnreserved(character)
                    || SUB_DELIMITERS.indexOf(character) >= 0
                    || alsoAllowed.indexOf(character) >= 0) {
                normalised.append(character);
                index++;
            } else {
                int codePoint = component.codePointAt(index);
                for (byte octet : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
                    appendPercentEncoded(normalised, octet & 0xFF);
                }
                index += Character.charCount(codePoint);
            }
        }
        return normalised.toString();
    }

    private static void appendPercentEncoded(StringBuilder target, int octet) {
        target.append('%').append(UPPER_CASE_HEX_DIGITS[octet >> 4]).append(UPPER_CASE_HEX_DIGITS[octet & 0x0F]);
    }

    // RFC 3986 section 2.3: unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~".
    private static boolean isUnreserved(int character) {
        return (character >= 'a' && character <= 'z')
                || (character >= 'A' && character <= 'Z')
                || isAsciiDigit(character)
                || character == '-'
                || character == '.'
                || character == '_'
                || character == '~';
    }

    private static boolean isAsciiDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isAscii(char character) {
        return character < 0x80;
    }

    // RFC 3986 section 5.2.4, step by step; the letters refer to the steps there.
    private static String removeDotSegments(String path) {
        StringBuilder input = new StringBuilder(path);
        StringBuilder output = new StringBuilder(path.length());
        while (input.length() > 0) {
            if (startsWith(input, "../")) {
                input.delete(0, 3); // A
            } else if (startsWith(input, "./")) {
                input.delete(0, 2); // A
            } else if (startsWith(input, "/./")) {
                input.delete(0, 2); // B
            } else if (contentEquals(input, "/.")) {
                input.replace(0, 2, "/"); // B
            } else if (startsWith(input, "/../")) {
                input.delete(0, 3); // C
                removeLastSegment(output);
            } else if (contentEquals(input, "/..")) {
                input.replace(0, 3, "/"); // C
                removeLastSegment(output);
            } else if (contentEquals(input, ".") || contentEquals(input, "..")) {
                input.setLength(0); // D
            } else {
                int segmentEnd = input.indexOf("/", input.charAt(0) == '/' ? 1 : 0); // E
                if (segmentEnd < 0) {
                    segmentEnd = input.length();
                }
                output.append(input, 0, segmentEnd);
                input.delete(0, segmentEnd);
            }
        }
        return output.toString();
    }

    private static boolean startsWith(StringBuilder text, String prefix) {
        return text.length() >= prefix.length()
                && text.substring(0, prefix.length()).equals(prefix);
    }

    private static boolean contentEquals(StringBuilder text, String other) {
        return text.length() == other.length() && text.toString().equals(other);
    }

    private static void removeLastSegment(StringBuilder output) {
        int lastSlash = output.lastIndexOf("/");
        output.setLength(Math.max(lastSlash, 0));
    }

    // RFC 3986 section 3.2.2 only asks for lower case; RFC 5952 section 4 gives the one text form of an IPv6 address
    // so that "[2001:db8:0:0::1]" and "[2001:db8::1]" are recognised as the same host. Embedded IPv4 is written in hex,
    // as browsers do. Zone identifiers and IPvFuture literals are not supported by browsers and are refused.
    private static String canonicalIpv6Literal(String bracketed) {
        if (!bracketed.endsWith("]")) {
            throw malformed("The IPv6 address of the URL has no closing bracket.");
        }
        int[] groups = ipv6Groups(bracketed.substring(1, bracketed.length() - 1));
        int longestZeroRunStart = -1;
        int longestZeroRunLength = 0;
        int index = 0;
        while (index < IPV6_GROUP_COUNT) {
            int runEnd = index;
            while (runEnd < IPV6_GROUP_COUNT && groups[runEnd] == 0) {
                runEnd++;
            }
            if (runEnd - index > longestZeroRunLength) {
                longestZeroRunStart = index;
                longestZeroRunLength = runEnd - index;
            }
            index = Math.max(runEnd, index + 1);
        }
        // RFC 5952 section 4.2.2: "::" must not stand for a single zero group.
        if (longestZeroRunLength < 2) {
            longestZeroRunStart = -1;
        }
        StringBuilder text = new StringBuilder("[");
        for (int group = 0; group < IPV6_GROUP_COUNT; group++) {
            if (group == longestZeroRunStart) {
                text.append("::");
                group += longestZeroRunLength - 1;
                continue;
            }
            if (text.length() > 1 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[group]));
        }
        return text.append(']').toString();
    }

    // RFC 4291 section 2.2 text forms: eight hex groups, one "::" for a run of zero groups, and an optional trailing
    // dotted IPv4 address.
    private static int[] ipv6Groups(String address) {
        int compressionStart = address.indexOf("::");
        if (compressionStart >= 0 && address.indexOf("::", compressionStart + 1) >= 0) {
            throw malformed("The IPv6 address of the URL is not valid.");
        }
        List<Integer> head;
        List<Integer> tail;
        if (compressionStart < 0) {
            head = ipv6GroupList(address, true);
            tail = List.of();
            if (head.size() != IPV6_GROUP_COUNT) {
                throw malformed("The IPv6 address of the URL is not valid.");
            }
        } else {
            head = ipv6GroupList(address.substring(0, compressionStart), false);
            tail = ipv6GroupList(address.substring(compressionStart + 2), true);
            if (head.size() + tail.size() >= IPV6_GROUP_COUNT) {
                throw malformed("The IPv6 address of the URL is not valid.");
            }
        }
        int[] groups = new int[IPV6_GROUP_COUNT];
        for (int index = 0; index < head.size(); index++) {
            groups[index] = head.get(index);
        }
        for (int index = 0; index < tail.size(); index++) {
            groups[IPV6_GROUP_COUNT - tail.size() + index] = tail.get(index);
        }
        return groups;
    }

    private static List<Integer> ipv6GroupList(String part, boolean mayEndInIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int index = 0; index < pieces.length; index++) {
            String piece = pieces[index];
            boolean isLast = index == pieces.length - 1;
            if (isLast && mayEndInIpv4 && piece.indexOf('.') >= 0) {
                int ipv4 = ipv4Address(piece);
                groups.add(ipv4 >>> 16);
                groups.add(ipv4 & 0xFFFF);
            } else if (piece.matches("[0-9A-Fa-f]{1,4}")) {
                groups.add(Integer.parseInt(piece, 16));
            } else {
                throw malformed("The IPv6 address of the URL is not valid.");
            }
        }
        return groups;
    }

    private static int ipv4Address(String dotted) {
        String[] octets = dotted.split("\\.", -1);
        if (octets.length != 4) {
            throw malformed("The IPv6 address of the URL is not valid.");
        }
        int address = 0;
        for (String octet : octets) {
            if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                throw malformed("The IPv6 address of the URL is not valid.");
            }
            address = (address << 8) | Integer.parseInt(octet);
        }
        return address;
    }

    private static InvalidUrlException malformed(String message) {
        return new InvalidUrlException(MALFORMED, message);
    }
}
