package org.protego.blocklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.protego.Api;
import org.protego.Fixtures;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/blocklist/dedicated-domains lists only registrable domains of items assessed illegal. */
@ProtegoTest
class DedicatedDomainTest {

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser isp;

    @BeforeEach
    void users() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        isp = api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY");
        Fixtures.clearPendingChanges(api, analyst);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    String illegalItemOn(String host) {
        String item = Fixtures.reportedItem(api, analyst, "http://" + host + "/gallery-" + unique());
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        return item;
    }

    Api.Response markDedicated(String item) {
        return api.postJson("/api/v1/blocklist/dedicated-domains", analyst.token(), Map.of("urlItemId", item));
    }

    static String codeOf(Api.Response refused) {
        return refused.json().get("errors").get(0).get("code").asString();
    }

    @Test
    void itemNotYetAssessedIsRefused() {
        String item = Fixtures.reportedItem(api, analyst, "http://abuse-" + unique() + ".example.org/");

        var refused = markDedicated(item);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(codeOf(refused)).isEqualTo("not-assessed-illegal");
        assertThat(refused.json().get("errors").get(0).get("detail").asString()).contains("csam_baseline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not_illegal", "content_unavailable", "other_exploitation_concern"})
    void itemAssessedAsAnythingButIllegalIsRefused(String outcome) {
        String item = Fixtures.reportedItem(api, analyst, "http://abuse-" + unique() + ".example.org/");
        Fixtures.assessed(api, analyst, item, outcome, "NL");

        var refused = markDedicated(item);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(codeOf(refused)).isEqualTo("not-assessed-illegal");
        assertThat(entriesOf(item)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csam_baseline", "illegal_national"})
    void itemAssessedIllegalHasItsDomainListed(String outcome) {
        String item = Fixtures.reportedItem(api, analyst, "http://abuse-" + unique() + ".example.org/");
        Fixtures.assessed(api, analyst, item, outcome, "NL");

        var accepted = markDedicated(item);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(entriesOf(item)).contains("DOMAIN");
    }

    @Test
    void frontPageListedAsAUrlGetsItsWholeDomainIntoTheZoneWithOneLineInTheFeed() throws Exception {
        String domain = "abuse-" + unique() + ".example.org";
        String item = Fixtures.reportedItem(api, analyst, "http://" + domain + "/");
        Fixtures.assessed(api, analyst, item, "csam_baseline", "NL");
        long before = publish();

        assertThat(markDedicated(item).status()).isEqualTo(200);
        long after = publish();

        String digest = BlocklistTest.sha256(domain + "/");
        String feed = api.get("/api/v1/blocklist/versions/" + after + "/hashed-urls", isp.token())
                .body();
        assertThat(feed.lines().filter(digest::equals)).hasSize(1);
        assertThat(api.get("/api/v1/blocklist/versions/" + after, isp.token())
                        .json()
                        .get("entries")
                        .asInt())
                .isEqualTo((int) feed.lines().count());
        assertThat(api.get("/api/v1/blocklist/versions/" + after + "/rpz", isp.token())
                        .body())
                .contains("\n" + domain + " CNAME .\n");
        var delta =
                api.get("/api/v1/blocklist/delta?from=" + before, isp.token()).json();
        assertThat(delta.get("addedDomains").valueStream().map(node -> node.asString()))
                .contains(domain);
        assertThat(delta.get("added").valueStream().map(node -> node.asString()))
                .as("the digest was in the feed already")
                .doesNotContain(digest);
    }

    long publish() {
        var published = api.postJson("/api/v1/blocklist/publish", analyst.token(), Map.of())
                .json();
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        return published.get("version").asLong();
    }

    static Stream<Arguments> hostileHosts() {
        return Stream.of(
                Arguments.of("*.example.org", "domain-characters"),
                Arguments.of("a;b.example.org", "domain-characters"),
                Arguments.of("a(b.example.org", "domain-characters"),
                Arguments.of("$origin.example.org", "domain-characters"),
                Arguments.of("a_b.example.org", "domain-characters"),
                Arguments.of("-abuse.example.org", "domain-hyphen"),
                Arguments.of("xn--bcher-kv.com", "domain-punycode"),
                Arguments.of(HostileNames.TOO_LONG_FOR_ZONE, "domain-too-long-for-zone"),
                Arguments.of("de", "public-suffix"),
                Arguments.of("com", "public-suffix"),
                Arguments.of("co.uk", "public-suffix"),
                Arguments.of("blogspot.com", "public-suffix"),
                Arguments.of("192.0.2.1", "ip-address"),
                Arguments.of("[2001:db8::1]", "ip-address"),
                Arguments.of("site-1.example", "not-registrable"),
                Arguments.of("localhost", "single-label"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("hostileHosts")
    void hostThatIsNotARegistrableDomainNameIsRefusedNamingTheReason(String host, String reason) {
        String item = illegalItemOn(host);

        var refused = markDedicated(item);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(codeOf(refused)).isEqualTo(reason);
        assertThat(entriesOf(item)).doesNotContain("DOMAIN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b.example.org", "a\\b.example.org", "a\nb.example.org", "%0a.example.org"})
    void hostThatCannotBeAHostIsRefusedWhenReported(String host) {
        var refused = api.postJson(
                "/api/v1/reports",
                null,
                Map.of("category", "child_sexual_abuse_material", "urls", List.of("http://" + host + "/x")));

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void namesAtTheEdgesAreListedAndTheServedZoneLoadsInBindAndUnbound() throws Exception {
        String random = UUID.randomUUID().toString().replace("-", "");
        List<String> hosts = List.of(
                "abuse-" + unique() + ".example.org",
                random + "x".repeat(63 - random.length()) + ".example.com",
                random.substring(0, 20) + HostileNames.LONGEST_LISTABLE.substring(20),
                "xn--bcher-kva." + unique() + ".com",
                "a-b--c-" + unique() + ".example.com",
                "abuse-" + unique() + ".github.io");
        assertThat(hosts.get(2)).hasSize(239);
        for (String host : hosts) {
            assertThat(markDedicated(illegalItemOn(host)).status()).as(host).isEqualTo(200);
        }
        long version = publish();

        String zone = api.get("/api/v1/blocklist/versions/" + version + "/rpz", isp.token())
                .body();

        for (String host : hosts) {
            assertThat(zone).contains("\n" + host + " CNAME .\n*." + host + " CNAME .\n");
        }
        Path file = ZoneCheckers.write(directory, "served.rpz", zone);
        var bind = ZoneCheckers.namedCheckzone(file);
        assertThat(bind.accepted()).as(bind.output()).isTrue();
        var unbound = ZoneCheckers.unboundCheckconf(directory, file);
        assertThat(unbound.accepted()).as(unbound.output()).isTrue();
    }

    @Test
    void analystOfAnotherOrganisationCannotListADomain() {
        String item = illegalItemOn("abuse-" + unique() + ".example.org");
        var partner = api.createUser("partner-" + unique(), "ANALYST");

        var refused = api.postJson("/api/v1/blocklist/dedicated-domains", partner.token(), Map.of("urlItemId", item));

        assertThat(refused.status()).isIn(403, 404);
        assertThat(entriesOf(item)).doesNotContain("DOMAIN");
    }

    private List<String> entriesOf(String item) {
        return api.get("/api/v1/blocklist/entries?urlItemId=" + item, analyst.token())
                .json()
                .valueStream()
                .filter(entry -> !entry.get("state").asString().equals("WITHDRAWN"))
                .map(entry -> entry.get("kind").asString())
                .toList();
    }
}
