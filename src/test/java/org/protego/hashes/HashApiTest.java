package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ProtegoTest
class HashApiTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser analyst;
    Api.StaffUser isp;
    String ispOrganisation;
    String list;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        analyst = api.createUser("hotline", "ANALYST");
        ispOrganisation = "isp-" + UUID.randomUUID();
        isp = api.createUser(ispOrganisation, "INDUSTRY");
        list = "list-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String randomPdq(Random random) {
        var hex = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    /** The same hash with the given number of low bits flipped. */
    static String flipped(String hex, int bits) {
        var hash = PdqHash.fromHex(hex);
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        return new PdqHash(hash.bits0() ^ mask, hash.bits64(), hash.bits128(), hash.bits192()).toHex();
    }

    Api.Response add(String algorithm, String value, String classification) {
        return api.postJson(
                "/api/v1/hashes/entries",
                analyst.token(),
                Map.of(
                        "list",
                        list,
                        "algorithm",
                        algorithm,
                        "value",
                        value,
                        "classification",
                        classification,
                        "series",
                        "series-" + list));
    }

    void licenseIsp() {
        String organisationId = api.get("/api/v1/admin/organisations", api.adminToken())
                .json()
                .valueStream()
                .filter(o -> o.get("name").asString().equals(ispOrganisation))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        api.postJson(
                "/api/v1/admin/hashes/lists/" + list + "/licences",
                api.adminToken(),
                Map.of("organisationId", organisationId));
    }

    JsonNode match(Api.StaffUser who, String algorithm, String value) {
        return api.postJson(
                        "/api/v1/hashes/match",
                        who.token(),
                        Map.of("hashes", List.of(Map.of("algorithm", algorithm, "value", value)), "maxDistance", 31))
                .json();
    }

    @Test
    void hashAlreadyOnTheListBringsItsEarlierClassification() {
        String pdq = randomPdq(new Random());
        assertThat(add("pdq", pdq, "csam_baseline").status()).isEqualTo(201);

        var again = add("pdq", pdq.toUpperCase(), "illegal_national");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadyKnown").asBoolean()).isTrue();
        assertThat(again.json().get("entry").get("classification").asString()).isEqualTo("csam_baseline");
    }

    @Test
    void licensedMemberFindsNearDuplicatesWithinThirtyOneBitsAndNotBeyond() {
        String pdq = randomPdq(new Random());
        long entry =
                add("pdq", pdq, "csam_baseline").json().get("entry").get("id").asLong();
        licenseIsp();

        var near = match(isp, "pdq", flipped(pdq, 31)).get("results").get(0).get("matches");
        var far = match(isp, "pdq", flipped(pdq, 32)).get("results").get(0).get("matches");

        assertThat(near.size()).isEqualTo(1);
        assertThat(near.get(0).get("entryId").asLong()).isEqualTo(entry);
        assertThat(near.get(0).get("distance").asInt()).isEqualTo(31);
        assertThat(near.get(0).get("list").asString()).isEqualTo(list);
        assertThat(near.get(0).toString()).doesNotContain("series");
        assertThat(far.size()).isZero();
    }

    @Test
    void exactHashesMatchByEquality() {
        String sha256 = randomPdq(new Random());
        add("sha256", sha256, "illegal_national");
        licenseIsp();

        var found = match(isp, "sha256", sha256).get("results").get(0).get("matches");

        assertThat(found.get(0).get("distance").asInt()).isZero();
        assertThat(found.get(0).get("classification").asString()).isEqualTo("illegal_national");
    }

    @Test
    void unlicensedMemberMatchesNothingAndCannotDownload() {
        String pdq = randomPdq(new Random());
        add("pdq", pdq, "csam_baseline");

        assertThat(match(isp, "pdq", pdq).get("results").get(0).get("matches").size())
                .isZero();
        assertThat(api.get("/api/v1/hashes/lists/" + list + "/export", isp.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void removalAndReclassificationTakeEffectInMatchingAtOnce() {
        String pdq = randomPdq(new Random());
        long entry =
                add("pdq", pdq, "csam_baseline").json().get("entry").get("id").asLong();

        api.putJson(
                "/api/v1/hashes/entries/" + entry + "/classification",
                analyst.token(),
                Map.of("classification", "illegal_national"));
        assertThat(match(analyst, "pdq", pdq)
                        .get("results")
                        .get(0)
                        .get("matches")
                        .get(0)
                        .get("classification")
                        .asString())
                .isEqualTo("illegal_national");

        api.delete("/api/v1/hashes/entries/" + entry, analyst.token());
        assertThat(match(analyst, "pdq", pdq)
                        .get("results")
                        .get(0)
                        .get("matches")
                        .size())
                .isZero();
    }

    @Test
    void importedListExportsAsCsvAndTheDeltaHoldsOnlyLaterChanges() {
        String first = randomPdq(new Random());
        String second = randomPdq(new Random());
        String csv = HashManagement.CSV_HEADER + "\npdq," + first + ",csam_baseline,victim-a,partner hotline,"
                + "2025-01-02T03:04:05Z\nmd5," + first.substring(0, 32) + ",illegal_national,,partner hotline,\n";
        var imported = api.postText("/api/v1/admin/hashes/lists/" + list + "/import", api.adminToken(), csv);
        assertThat(imported.json().get("added").asInt()).isEqualTo(2);
        licenseIsp();
        var whole = api.get("/api/v1/hashes/lists/" + list + "/export", isp.token());
        long version = Long.parseLong(whole.header("X-Protego-List-Version"));

        add("pdq", second, "csam_baseline");
        String delta = api.get("/api/v1/hashes/lists/" + list + "/export?since=" + version, isp.token())
                .body();

        assertThat(whole.body())
                .startsWith(HashManagement.CSV_HEADER)
                .contains(first + ",csam_baseline,victim-a")
                .contains("2025-01-02T03:04:05Z");
        assertThat(delta).contains("added,pdq," + second).doesNotContain(first);
    }

    @Test
    void importWithABadLineAddsNothing() {
        String good = randomPdq(new Random());
        String csv = "pdq," + good + ",csam_baseline,,x,\npdq,nothex,csam_baseline,,x,\n";

        var refused = api.postText("/api/v1/admin/hashes/lists/" + list + "/import", api.adminToken(), csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("line 2");
        assertThat(match(analyst, "pdq", good)
                        .get("results")
                        .get(0)
                        .get("matches")
                        .size())
                .isZero();
    }

    @Test
    void badMatchRequestsAreRefusedNamingTheField() {
        var tooMany = api.postJson(
                "/api/v1/hashes/match",
                isp.token(),
                Map.of("hashes", Collections.nCopies(1001, Map.of("algorithm", "md5", "value", "0".repeat(32)))));
        var malformed = api.postJson(
                "/api/v1/hashes/match",
                isp.token(),
                Map.of("hashes", List.of(Map.of("algorithm", "pdq", "value", "xyz")), "maxDistance", 40));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed
                        .json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("maxDistance", "hashes[0].value");
    }

    @Test
    void industryTokenCanMatchAndDownloadItsListsButNothingElse() {
        add("pdq", randomPdq(new Random()), "csam_baseline");
        licenseIsp();

        assertThat(api.get("/api/v1/hashes/lists/" + list + "/export", isp.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.postJson(
                                "/api/v1/hashes/entries",
                                isp.token(),
                                Map.of("algorithm", "md5", "value", "0".repeat(32), "classification", "csam_baseline"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postText("/api/v1/admin/hashes/lists/" + list + "/import", isp.token(), "")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/queue", isp.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/takedown/items", isp.token()).status()).isEqualTo(403);
    }
}
