package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.protego.shared.InvalidUrlException.Reason;

class CanonicalUrlTest {

    private static String canonical(String asReported) {
        return CanonicalUrl.of(asReported).value();
    }

    private static Reason refusal(String asReported) {
        InvalidUrlException refused =
                catchThrowableOfType(InvalidUrlException.class, () -> CanonicalUrl.of(asReported));
        assertThat(refused).as("expected %s to be refused", asReported).isNotNull();
        assertThat(refused.getMessage()).isNotBlank();
        return refused.reason();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com/a/c~?q=1",
                "HTTP://Example.COM:80/a/./b/../c%7e?q=1#frag",
                "http://EXAMPLE.com/a/c%7E?q=1",
                "Http://example.com./a/c~?q=1",
                "http://example.com:/a/c~?q=1",
                "http://example.com:0080/a/c~?q=1",
                "http://example.com/%61/%63~?q=%31",
                "http://example.com/a/b/../c~?q=1#",
                "http://example.com/./a/c~?q=1",
                "http://example.com/a/%2E/c~?q=1",
                "http://example.com/a/b/%2e%2e/c~?q=1",
                "  http://example.com/a/c~?q=1  ",
                "\u00A0http://example.com/a/c~?q=1\n",
                "example.com/a/c~?q=1",
                "Example.COM:80/a/c~?q=1#top",
                "//example.com/a/c~?q=1",
                "http://%65xample.com/a/c~?q=1",
            })
    void mapsEquivalentSpellingsOfOnePageToOneValue(String spelling) {
        assertThat(canonical(spelling)).isEqualTo("http://example.com/a/c~?q=1");
    }

    @Test
    void lowerCasesSchemeAndHost() {
        assertThat(canonical("HTTPS://WWW.Example.ORG/Path")).isEqualTo("https://www.example.org/Path");
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.com:80/, http://example.com/",
        "https://example.com:443/, https://example.com/",
        "ftp://example.com:21/pub, ftp://example.com/pub",
        "HTTPS://example.com:443, https://example.com/",
    })
    void dropsDefaultPorts(String spelling, String expected) {
        assertThat(canonical(spelling)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.com:8080/, http://example.com:8080/",
        "https://example.com:80/, https://example.com:80/",
        "http://example.com:443/, http://example.com:443/",
        "ftp://example.com:2121/, ftp://example.com:2121/",
        "http://example.com:00443/, http://example.com:443/",
        "http://example.com:0/, http://example.com:0/",
        "http://example.com:65535/, http://example.com:65535/",
    })
    void keepsOtherPortsWithoutLeadingZeros(String spelling, String expected) {
        assertThat(canonical(spelling)).isEqualTo(expected);
    }

    @Test
    void dropsEmptyPort() {
        assertThat(canonical("http://example.com:/page")).isEqualTo("http://example.com/page");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://example.com", "http://example.com?", "http://example.com#top", "http://example.com/"})
    void turnsEmptyPathIntoSlash(String spelling) {
        assertThat(canonical(spelling)).isEqualTo("http://example.com/");
    }

    @Test
    void keepsQueryWhenPathIsEmpty() {
        assertThat(canonical("http://example.com?q=1")).isEqualTo("http://example.com/?q=1");
    }

    @ParameterizedTest
    @CsvSource({
        // RFC 3986 section 5.2.4 worked examples and the section 5.4.2 abnormal examples.
        "/a/b/c/./../../g, /a/g",
        "/mid/content=5/../6, /mid/6",
        "/../g, /g",
        "/../../g, /g",
        "/./g, /g",
        "/g., /g.",
        "/.g, /.g",
        "/g.., /g..",
        "/..g, /..g",
        "/b/c/./../g, /b/g",
        "/b/c/./g/., /b/c/g/",
        "/b/c/g/./h, /b/c/g/h",
        "/b/c/g/../h, /b/c/h",
        "/a/., /a/",
        "/a/.., /",
        "/a/b/.., /a/",
        "/., /",
        "/.., /",
        "/a//../b, /a/b",
        "/a/%2E%2E/b, /b",
        "/a/.%2e/b, /b",
        "/a/%2e/b, /a/b",
    })
    void removesDotSegments(String path, String expectedPath) {
        assertThat(canonical("http://example.com" + path)).isEqualTo("http://example.com" + expectedPath);
    }

    @Test
    void keepsDotSegmentsThatContainEncodedSlashes() {
        assertThat(canonical("http://example.com/a/..%2Fb")).isEqualTo("http://example.com/a/..%2Fb");
    }

    @Test
    void keepsRepeatedSlashes() {
        assertThat(canonical("http://example.com//a//b")).isEqualTo("http://example.com//a//b");
    }

    @Test
    void decodesPercentEncodedUnreservedCharacters() {
        assertThat(canonical("http://example.com/%41%7a%30%2D%2e%5F%7E?%41=%7a"))
                .isEqualTo("http://example.com/Az0-._~?A=z");
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.com/a%2fb, http://example.com/a%2Fb",
        "http://example.com/%3a%40%21, http://example.com/%3A%40%21",
        "http://example.com/caf%c3%a9, http://example.com/caf%C3%A9",
        "http://example.com/?q=%26%3d%2b, http://example.com/?q=%26%3D%2B",
        "http://example.com/%25, http://example.com/%25",
    })
    void upperCasesHexDigitsOfKeptPercentEncodings(String spelling, String expected) {
        assertThat(canonical(spelling)).isEqualTo(expected);
    }

    @Test
    void neverDecodesEncodedSlashes() {
        assertThat(canonical("http://example.com/a%2Fb")).isEqualTo("http://example.com/a%2Fb");
        assertThat(CanonicalUrl.of("http://example.com/a%2Fb")).isNotEqualTo(CanonicalUrl.of("http://example.com/a/b"));
        assertThat(CanonicalUrl.of("http://example.com/a%2fb")).isEqualTo(CanonicalUrl.of("http://example.com/a%2Fb"));
    }

    @Test
    void keepsReservedCharactersDistinctFromTheirEncodings() {
        assertThat(CanonicalUrl.of("http://example.com/?a=b"))
                .isNotEqualTo(CanonicalUrl.of("http://example.com/?a%3Db"));
        assertThat(CanonicalUrl.of("http://example.com/a+b")).isNotEqualTo(CanonicalUrl.of("http://example.com/a%20b"));
        assertThat(CanonicalUrl.of("http://example.com/a:b")).isNotEqualTo(CanonicalUrl.of("http://example.com/a%3Ab"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/page#top", "http://example.com/page#", "http://example.com/page#a?b=c"})
    void dropsFragment(String spelling) {
        assertThat(canonical(spelling)).isEqualTo("http://example.com/page");
    }

    @Test
    void dropsTrailingDotOfHost() {
        assertThat(canonical("http://example.com./")).isEqualTo("http://example.com/");
        assertThat(canonical("http://example.com.:8080/")).isEqualTo("http://example.com:8080/");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://bücher.example/",
                "http://BÜCHER.example/",
                "http://Bücher.Example./",
                "http://b%C3%BCcher.example/",
                "http://b%c3%bccher.example/",
                "http://XN--BCHER-KVA.example/",
                "http://bücher\u3002example/",
            })
    void convertsInternationalisedHostNamesToPunycode(String spelling) {
        assertThat(canonical(spelling)).isEqualTo("http://xn--bcher-kva.example/");
    }

    @Test
    void convertsInternationalisedTopLevelDomainsToPunycode() {
        assertThat(canonical("https://пример.рф/страница"))
                .isEqualTo("https://xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0");
    }

    @Test
    void lowerCasesIpv6AddressesAndKeepsBrackets() {
        assertThat(canonical("http://[2001:DB8::1]:8080/")).isEqualTo("http://[2001:db8::1]:8080/");
        assertThat(canonical("HTTP://[2001:DB8::1]/")).isEqualTo("http://[2001:db8::1]/");
    }

    @ParameterizedTest
    @CsvSource({
        "http://[2001:0db8:0000:0000:0000:0000:0000:0001]/, http://[2001:db8::1]/",
        "http://[2001:db8:0:0:1:0:0:1]/, http://[2001:db8::1:0:0:1]/",
        "http://[2001:db8:0:1:1:1:1:1]/, http://[2001:db8:0:1:1:1:1:1]/",
        "http://[0:0:0:0:0:0:0:0]/, http://[::]/",
        "http://[::1]:80/, http://[::1]/",
        "http://[1::]/, http://[1::]/",
        "http://[::ffff:192.0.2.1]/, http://[::ffff:c000:201]/",
    })
    void writesIpv6AddressesInTheirShortestForm(String spelling, String expected) {
        assertThat(canonical(spelling)).isEqualTo(expected);
    }

    @Test
    void keepsIpv4AddressesAsWritten() {
        assertThat(canonical("http://192.0.2.1:8080/x")).isEqualTo("http://192.0.2.1:8080/x");
        assertThat(canonical("192.0.2.1/x")).isEqualTo("http://192.0.2.1/x");
    }

    @Test
    void keepsUserinfoButNormalisesItsPercentEncodings() {
        assertThat(canonical("http://User:Pa%73%73@Example.com/")).isEqualTo("http://User:Pass@example.com/");
        assertThat(canonical("http://user%3a%2fname@example.com/")).isEqualTo("http://user%3A%2Fname@example.com/");
        assertThat(CanonicalUrl.of("http://user@example.com/")).isNotEqualTo(CanonicalUrl.of("http://example.com/"));
    }

    @Test
    void dropsEmptyUserinfo() {
        assertThat(canonical("http://@example.com/")).isEqualTo("http://example.com/");
    }

    @Test
    void takesHostFromAfterTheLastAtSign() {
        CanonicalUrl url = CanonicalUrl.of("http://trusted.example@evil.example/login");

        assertThat(url.host()).isEqualTo("evil.example");
        assertThat(canonical("http://a@b@evil.example/")).isEqualTo("http://a%40b@evil.example/");
    }

    @Test
    void percentEncodesSpacesInPathAndQuery() {
        assertThat(canonical("http://example.com/my page/?q=a b&r= c"))
                .isEqualTo("http://example.com/my%20page/?q=a%20b&r=%20c");
        assertThat(CanonicalUrl.of("http://example.com/my page"))
                .isEqualTo(CanonicalUrl.of("http://example.com/my%20page"));
    }

    @Test
    void percentEncodesNonAsciiCharactersInPathAndQueryAsUtf8() {
        assertThat(canonical("http://example.com/café?q=ü&emoji=😀"))
                .isEqualTo("http://example.com/caf%C3%A9?q=%C3%BC&emoji=%F0%9F%98%80");
        assertThat(CanonicalUrl.of("http://example.com/café"))
                .isEqualTo(CanonicalUrl.of("http://example.com/caf%c3%a9"));
    }

    @Test
    void percentEncodesCharactersTheGrammarDoesNotAllow() {
        assertThat(canonical("http://example.com/a\"<>\\^`{|}[]?q=[1]"))
                .isEqualTo("http://example.com/a%22%3C%3E%5C%5E%60%7B%7C%7D%5B%5D?q=%5B1%5D");
    }

    @Test
    void keepsCharactersTheGrammarAllowsInPathAndQuery() {
        String url = "http://example.com/a:b@c!$&'()*+,;=/d?e=f/g?h:i@j!$&'()*+,;=";
        assertThat(canonical(url)).isEqualTo(url);
    }

    @Test
    void dropsEmptyQuery() {
        assertThat(canonical("http://example.com/page?")).isEqualTo("http://example.com/page");
        assertThat(canonical("http://example.com/page?#top")).isEqualTo("http://example.com/page");
    }

    @Test
    void trimsSurroundingWhiteSpace() {
        assertThat(canonical(" \t http://example.com/page \r\n ")).isEqualTo("http://example.com/page");
        assertThat(canonical("\u00A0\u2003http://example.com/page\u00A0")).isEqualTo("http://example.com/page");
    }

    @ParameterizedTest
    @CsvSource({
        "example.com/page, http://example.com/page",
        "www.example.org, http://www.example.org/",
        "WWW.Example.org?q=1, http://www.example.org/?q=1",
        "//example.com/x, http://example.com/x",
        "[::1]/x, http://[::1]/x",
        "user@example.com/x, http://user@example.com/x",
    })
    void assumesHttpWhenSchemeIsMissing(String spelling, String expected) {
        assertThat(canonical(spelling)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "localhost:8080/x, http://localhost:8080/x",
        "localhost:8080, http://localhost:8080/",
        "localhost:8080?q=1, http://localhost:8080/?q=1",
        "Example.com:8443/a, http://example.com:8443/a",
        "example.com:80/a, http://example.com/a",
        "intranet:3000/, http://intranet:3000/",
    })
    void readsHostAndPortWithoutSchemeAsHostAndPort(String spelling, String expected) {
        assertThat(canonical(spelling)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.com/, http",
        "HTTPS://example.com/, https",
        "Ftp://example.com/, ftp",
    })
    void acceptsHttpHttpsAndFtp(String spelling, String expectedScheme) {
        assertThat(CanonicalUrl.of(spelling).scheme()).isEqualTo(expectedScheme);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t", "\r\n", "\u00A0", " \n\t "})
    void rejectsBlankText(String blank) {
        assertThat(refusal(blank)).isEqualTo(Reason.BLANK);
    }

    @Test
    void rejectsTextLongerThanMaxLength() {
        String prefix = "http://example.com/";
        String tooLong = prefix + "a".repeat(CanonicalUrl.MAX_LENGTH - prefix.length() + 1);

        assertThat(tooLong).hasSize(CanonicalUrl.MAX_LENGTH + 1);
        assertThat(refusal(tooLong)).isEqualTo(Reason.TOO_LONG);
    }

    @Test
    void acceptsTextOfExactlyMaxLength() {
        String prefix = "http://example.com/";
        String longest = prefix + "a".repeat(CanonicalUrl.MAX_LENGTH - prefix.length());

        assertThat(canonical(longest)).isEqualTo(longest).hasSize(CanonicalUrl.MAX_LENGTH);
    }

    @Test
    void measuresLengthAfterTrimming() {
        String prefix = "http://example.com/";
        String longest = prefix + "a".repeat(CanonicalUrl.MAX_LENGTH - prefix.length());

        assertThat(canonical("   " + longest + "   ")).isEqualTo(longest);
    }

    @Test
    void rejectsUrlsWhoseEncodedFormIsLongerThanMaxLength() {
        String prefix = "http://example.com/";
        String growsWhenEncoded = prefix + "é".repeat(CanonicalUrl.MAX_LENGTH - prefix.length());

        assertThat(growsWhenEncoded).hasSize(CanonicalUrl.MAX_LENGTH);
        assertThat(refusal(growsWhenEncoded)).isEqualTo(Reason.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com/a\tb",
                "http://example.com/a\rb",
                "http://example.com/a\nb",
                "http://exa\nmple.com/",
                "http://example.com/\u0000",
                "http://example.com/a\u001Fb",
                "http://example.com/a\u007Fb",
                "http://example.com/a\u0080b",
                "http://example.com/a\u0085b",
                "http://example.com/a\u009Fb",
                "java\tscript:alert(1)",
                "http://example.com/?q=\u001B",
                "http://example.com/#\u0007",
            })
    void rejectsControlCharacters(String withControlCharacter) {
        assertThat(refusal(withControlCharacter)).isEqualTo(Reason.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(document.cookie)",
                "  javascript:void(0)  ",
                "javascript://example.com/%0Aalert(1)",
                "javascript:0",
            })
    void rejectsJavascriptUrls(String javascript) {
        assertThat(refusal(javascript)).isEqualTo(Reason.UNSUPPORTED_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data:text/html,<script>alert(1)</script>",
                "DATA:image/png;base64,iVBORw0KGgo=",
                "file:///etc/passwd",
                "file://server/share",
                "mailto:someone@example.com",
                "vbscript:msgbox(1)",
                "gopher://example.com/",
                "ws://example.com/socket",
                "tel:112",
                "about:blank",
                "example.com:abc/x",
            })
    void rejectsOtherSchemes(String otherScheme) {
        assertThat(refusal(otherScheme)).isEqualTo(Reason.UNSUPPORTED_SCHEME);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http:///path",
                "http://",
                "https:?x",
                "http:",
                "http:example.com",
                "http:/example.com/",
                "ftp://#top",
                "http://?q=1",
                "http://user@/x",
                "http://:8080/",
                "/just/a/path",
                "?q=1",
                "#top",
            })
    void rejectsUrlsWithoutHost(String withoutHost) {
        assertThat(refusal(withoutHost)).isEqualTo(Reason.MISSING_HOST);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com:abc/",
                "http://example.com:-1/",
                "http://example.com:65536/",
                "http://example.com:99999999999999999999/",
                "http://example.com:8080:80/",
                "http://example.com:８０/",
                "http://example.com/%zz",
                "http://example.com/%",
                "http://example.com/%4",
                "http://example.com/?q=%G1",
                "http://us%er@example.com/",
                "http://exa%zzmple.com/",
                "http://exa%ffmple.com/",
                "http://exa mple.com/",
                "http://exa\u00A0mple.com/",
                "some words with spaces",
                "http://exa%25mple.com/",
                "http://exa<mple.com/",
                "http://a..b/",
                "http://example.com../",
                "http://./",
                "http://.example.com/",
                "http://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example/",
                "http://a\uFF0Fb.example/",
                "http://[::1/",
                "http://[::1]x/",
                "http://[zz::1]/",
                "http://[1:2:3:4:5:6:7:8:9]/",
                "http://[1:2:3:4:5:6:7]/",
                "http://[1::2::3]/",
                "http://[1:2:3:4:5:6:7::8]/",
                "http://[::1.2.3]/",
                "http://[::256.1.1.1]/",
                "http://[fe80::1%25eth0]/",
                "http://[v1.fe]/",
                "http://[12345::1]/",
                "http://example.com/\uD800",
            })
    void rejectsMalformedUrls(String malformed) {
        assertThat(refusal(malformed)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void neverMergesPathsDifferingInCase() {
        assertThat(CanonicalUrl.of("http://example.com/Page")).isNotEqualTo(CanonicalUrl.of("http://example.com/page"));
        assertThat(canonical("http://EXAMPLE.com/Page")).isEqualTo("http://example.com/Page");
    }

    @Test
    void neverMergesUrlsDifferingInQuery() {
        assertThat(CanonicalUrl.of("http://example.com/?a=1")).isNotEqualTo(CanonicalUrl.of("http://example.com/?a=2"));
        assertThat(CanonicalUrl.of("http://example.com/?a=1&b=2"))
                .isNotEqualTo(CanonicalUrl.of("http://example.com/?b=2&a=1"));
        assertThat(CanonicalUrl.of("http://example.com/?A=1")).isNotEqualTo(CanonicalUrl.of("http://example.com/?a=1"));
        assertThat(CanonicalUrl.of("http://example.com/page?a=1"))
                .isNotEqualTo(CanonicalUrl.of("http://example.com/page"));
    }

    @Test
    void neverMergesUrlsDifferingInSchemeOrPort() {
        assertThat(CanonicalUrl.of("http://example.com/")).isNotEqualTo(CanonicalUrl.of("https://example.com/"));
        assertThat(CanonicalUrl.of("http://example.com/")).isNotEqualTo(CanonicalUrl.of("http://example.com:8080/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HTTP://Example.COM:80/a/./b/../c%7e?q=1#frag",
                "http://[2001:DB8::1]:8080/",
                "http://bücher.example/straße?q=ü",
                "http://User:Pa%73s@example.com/a%2fb?x=%3d",
                "example.com/my page",
                "http://a@b@evil.example/",
                "http://example.com/%2e%2e/a%2F../b",
            })
    void canonicalValuesCanonicaliseToThemselves(String spelling) {
        CanonicalUrl once = CanonicalUrl.of(spelling);

        assertThat(CanonicalUrl.of(once.value())).isEqualTo(once);
    }

    @Test
    void exposesSchemeAndHost() {
        CanonicalUrl url = CanonicalUrl.of("HTTPS://user:secret@Bücher.Example:8443/a:b@c?d=e:f#g");

        assertThat(url.scheme()).isEqualTo("https");
        assertThat(url.host()).isEqualTo("xn--bcher-kva.example");
    }

    @Test
    void exposesIpv6HostInBrackets() {
        CanonicalUrl url = CanonicalUrl.of("http://[2001:DB8::1]:8080/x");

        assertThat(url.host()).isEqualTo("[2001:db8::1]");
    }

    @Test
    void exposesHostWithoutPortOrPath() {
        assertThat(CanonicalUrl.of("localhost:8080/x").host()).isEqualTo("localhost");
        assertThat(CanonicalUrl.of("ftp://example.com").host()).isEqualTo("example.com");
        assertThat(CanonicalUrl.of("http://example.com?q=a:b").host()).isEqualTo("example.com");
    }

    @Test
    void constructorRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new CanonicalUrl(null));
    }

    @Test
    void constructorKeepsValueAsGiven() {
        CanonicalUrl stored = new CanonicalUrl("HTTP://Example.COM/a/../b");

        assertThat(stored.value()).isEqualTo("HTTP://Example.COM/a/../b");
        assertThat(stored).isNotEqualTo(CanonicalUrl.of("HTTP://Example.COM/a/../b"));
    }

    @Test
    void constructorRestoresAStoredValue() {
        CanonicalUrl reported = CanonicalUrl.of("HTTP://Example.COM/a/../b");

        assertThat(new CanonicalUrl(reported.value())).isEqualTo(reported).hasSameHashCodeAs(reported);
    }

    @Test
    void schemeAndHostAreEmptyForAValueWithoutAuthority() {
        CanonicalUrl notAUrl = new CanonicalUrl("not a url");

        assertThat(notAUrl.scheme()).isEmpty();
        assertThat(notAUrl.host()).isEmpty();
    }

    @Test
    void toStringReturnsValue() {
        assertThat(CanonicalUrl.of("HTTP://Example.COM")).hasToString("http://example.com/");
    }

    @Test
    void refusalMessagesDoNotRepeatTheReportedUrl() {
        String reported = "http://secret-host.example:99999/private";

        InvalidUrlException refused = catchThrowableOfType(InvalidUrlException.class, () -> CanonicalUrl.of(reported));

        assertThat(refused.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(refused.getMessage()).doesNotContain("secret-host");
    }

    @Test
    void invalidUrlExceptionIsAnIllegalArgumentException() {
        InvalidUrlException refused = new InvalidUrlException(Reason.BLANK, "The URL is blank.");

        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessage("The URL is blank.");
        assertThat(refused.reason()).isEqualTo(Reason.BLANK);
        assertThatNullPointerException().isThrownBy(() -> new InvalidUrlException(null, "no reason"));
    }
}
