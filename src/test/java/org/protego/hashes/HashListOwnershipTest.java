package org.protego.hashes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A hash list belongs to an organisation: its analysts change it, and others read it only under a licence. */
@ProtegoTest
class HashListOwnershipTest {

    @LocalServerPort
    int port;

    Api api;
    String owningOrganisation;
    String otherOrganisation;
    Api.StaffUser owner;
    Api.StaffUser other;
    String list;

    @BeforeEach
    void twoOrganisations() {
        api = new Api(port);
        owningOrganisation = "owner-" + UUID.randomUUID();
        otherOrganisation = "other-" + UUID.randomUUID();
        owner = api.createUser(owningOrganisation, "ANALYST");
        other = api.createUser(otherOrganisation, "ANALYST");
        list = "owned-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Api.Response add(Api.StaffUser who, String listName, String value) {
        var body = new java.util.HashMap<String, Object>(
                Map.of("algorithm", "pdq", "value", value, "classification", "csam_baseline"));
        if (listName != null) {
            body.put("list", listName);
        }
        return api.postJson("/api/v1/hashes/entries", who.token(), body);
    }

    long entryOnTheList(String value) {
        var added = add(owner, list, value);
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("entry").get("id").asLong();
    }

    JsonNode matches(Api.StaffUser who, String value) {
        return api.postJson(
                        "/api/v1/hashes/match",
                        who.token(),
                        Map.of("hashes", java.util.List.of(Map.of("algorithm", "pdq", "value", value))))
                .json()
                .get("results")
                .get(0)
                .get("matches");
    }

    void licenseTo(String organisation) {
        String organisationId = api.get("/api/v1/admin/organisations", api.adminToken())
                .json()
                .valueStream()
                .filter(o -> o.get("name").asString().equals(organisation))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        var licensed = api.postJson(
                "/api/v1/admin/hashes/lists/" + list + "/licences",
                api.adminToken(),
                Map.of("organisationId", organisationId));
        assertThat(licensed.status()).isEqualTo(200);
    }

    @Test
    void aNewlyNamedListBelongsToTheAnalystsOrganisationWhoseAnalystsAddToIt() {
        entryOnTheList(HashApiTest.randomPdq(new Random()));

        var again = add(owner, list, HashApiTest.randomPdq(new Random()));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("entry").get("list").asString()).isEqualTo(list);
    }

    @Test
    void anAnalystOfAnotherOrganisationCannotAddToTheList() {
        String value = HashApiTest.randomPdq(new Random());
        entryOnTheList(HashApiTest.randomPdq(new Random()));

        var refused = add(other, list, value);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(matches(owner, value).size()).isZero();
    }

    @Test
    void theOwningOrganisationsAnalystRemovesReclassifiesAndGroupsAnEntry() {
        String value = HashApiTest.randomPdq(new Random());
        long entry = entryOnTheList(value);

        assertThat(api.putJson(
                                "/api/v1/hashes/entries/" + entry + "/classification",
                                owner.token(),
                                Map.of("classification", "illegal_national"))
                        .status())
                .isEqualTo(200);
        assertThat(api.putJson("/api/v1/hashes/entries/" + entry + "/series", owner.token(), Map.of("series", "s1"))
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/hashes/entries/" + entry, owner.token()).status())
                .isEqualTo(200);
        assertThat(matches(owner, value).size()).isZero();
    }

    @Test
    void anAnalystOfAnotherOrganisationGets404ForAnEntryItCannotRead() {
        String value = HashApiTest.randomPdq(new Random());
        long entry = entryOnTheList(value);

        assertThat(api.delete("/api/v1/hashes/entries/" + entry, other.token()).status())
                .isEqualTo(404);
        assertThat(api.putJson(
                                "/api/v1/hashes/entries/" + entry + "/classification",
                                other.token(),
                                Map.of("classification", "illegal_national"))
                        .status())
                .isEqualTo(404);
        assertThat(api.putJson("/api/v1/hashes/entries/" + entry + "/series", other.token(), Map.of("series", "s"))
                        .status())
                .isEqualTo(404);
        var stillThere = matches(owner, value);
        assertThat(stillThere.size()).isEqualTo(1);
        assertThat(stillThere.get(0).get("classification").asString()).isEqualTo("csam_baseline");
    }

    @Test
    void aLicensedAnalystOfAnotherOrganisationReadsTheEntryButGets403ChangingIt() {
        String value = HashApiTest.randomPdq(new Random());
        long entry = entryOnTheList(value);
        licenseTo(otherOrganisation);

        assertThat(matches(other, value).size()).isEqualTo(1);
        assertThat(api.delete("/api/v1/hashes/entries/" + entry, other.token()).status())
                .isEqualTo(403);
        assertThat(api.putJson(
                                "/api/v1/hashes/entries/" + entry + "/classification",
                                other.token(),
                                Map.of("classification", "illegal_national"))
                        .status())
                .isEqualTo(403);
        assertThat(matches(owner, value).size()).isEqualTo(1);
    }

    @Test
    void anAnalystOfAnotherOrganisationReadsTheListOnceItIsLicensedToIt() {
        String value = HashApiTest.randomPdq(new Random());
        entryOnTheList(value);
        licenseTo(otherOrganisation);

        assertThat(matches(other, value).size()).isEqualTo(1);
        assertThat(api.get("/api/v1/hashes/lists/" + list + "/export", other.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/hashes/lists/" + list, other.token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/hashes/lists", other.token())
                        .json()
                        .valueStream()
                        .map(JsonNode::asString))
                .contains(list);
    }

    @Test
    void anAnalystOfAnotherOrganisationReadsNothingOfAnUnlicensedList() {
        String value = HashApiTest.randomPdq(new Random());
        entryOnTheList(value);

        assertThat(matches(other, value).size()).isZero();
        assertThat(api.get("/api/v1/hashes/lists/" + list + "/export", other.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/hashes/lists/" + list, other.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/hashes/lists", other.token())
                        .json()
                        .valueStream()
                        .map(JsonNode::asString))
                .doesNotContain(list);
    }

    @Test
    void withoutAListTheHotlineAddsToNationalAndAnotherOrganisationToTheListNamedAfterIt() {
        var hotlineAnalyst = api.createUser("hotline", "ANALYST");
        String organisation = "ISP Example " + UUID.randomUUID().toString().substring(0, 8);
        var member = api.createUser(organisation, "ANALYST");

        var hotlines = add(hotlineAnalyst, null, HashApiTest.randomPdq(new Random()));
        var members = add(member, null, HashApiTest.randomPdq(new Random()));

        assertThat(hotlines.status()).isEqualTo(201);
        assertThat(hotlines.json().get("entry").get("list").asString()).isEqualTo("national");
        assertThat(members.status()).isEqualTo(201);
        assertThat(members.json().get("entry").get("list").asString())
                .isEqualTo(organisation.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    }

    @Test
    void anotherOrganisationsDefaultListIsNotReadableByTheHotline() {
        var hotlineAnalyst = api.createUser("hotline", "ANALYST");
        String value = HashApiTest.randomPdq(new Random());

        assertThat(add(other, null, value).status()).isEqualTo(201);

        assertThat(matches(other, value).size()).isEqualTo(1);
        assertThat(matches(hotlineAnalyst, value).size()).isZero();
    }

    @Test
    void anAdministratorImportsIntoAListOfTheirOwnOrganisation() {
        var admin = api.createUser(owningOrganisation, "ADMIN");
        entryOnTheList(HashApiTest.randomPdq(new Random()));

        var imported = api.postText(
                "/api/v1/admin/hashes/lists/" + list + "/import",
                admin.token(),
                "pdq," + HashApiTest.randomPdq(new Random()) + ",csam_baseline,,partner,\n");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("added").asInt()).isEqualTo(1);
    }

    @Test
    void anAdministratorOfAnotherOrganisationCannotImportIntoTheList() {
        var admin = api.createUser(otherOrganisation, "ADMIN");
        entryOnTheList(HashApiTest.randomPdq(new Random()));
        String value = HashApiTest.randomPdq(new Random());

        var refused = api.postText(
                "/api/v1/admin/hashes/lists/" + list + "/import",
                admin.token(),
                "pdq," + value + ",csam_baseline,,partner,\n");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(matches(owner, value).size()).isZero();
    }
}
