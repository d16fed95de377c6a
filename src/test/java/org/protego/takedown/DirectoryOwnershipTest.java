package org.protego.takedown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Providers and partners belong to the organisation that added them: its analysts change them, all staff read them. */
@ProtegoTest
class DirectoryOwnershipTest {

    @LocalServerPort
    int port;

    Api api;
    String organisation;
    Api.StaffUser owner;
    Api.StaffUser other;

    @BeforeEach
    void twoOrganisations() {
        api = new Api(port);
        organisation = "directory-" + UUID.randomUUID();
        owner = api.createUser(organisation, "ANALYST");
        other = api.createUser("directory-" + UUID.randomUUID(), "ANALYST");
    }

    static Map<String, Object> partner(String name, boolean recipient) {
        return Map.of(
                "kind",
                "PARTNER_HOTLINE",
                "name",
                name,
                "contact",
                "reports@" + name.toLowerCase().replace(' ', '-') + ".example",
                "country",
                "BT",
                "language",
                "en",
                "recipientForCountry",
                recipient);
    }

    JsonNode added(Api.StaffUser who, Map<String, Object> partner) {
        var response = api.postJson("/api/v1/takedown/partners", who.token(), partner);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    JsonNode listed(String partnerId) {
        return api.get("/api/v1/takedown/partners", owner.token())
                .json()
                .valueStream()
                .filter(p -> p.get("id").asString().equals(partnerId))
                .findFirst()
                .orElseThrow();
    }

    String organisationId(String name) {
        return api.get("/api/v1/admin/organisations", api.adminToken())
                .json()
                .valueStream()
                .filter(o -> o.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
    }

    @Test
    void anAnalystAddsProvidersAndPartnersOwnedByTheirOrganisation() {
        var provider = api.postJson(
                "/api/v1/takedown/providers",
                owner.token(),
                Map.of("name", "Owned host", "abuseContact", "abuse@owned.example", "country", "BT", "language", "en"));
        var partner = added(owner, partner("Owned hotline", false));

        assertThat(provider.status()).isEqualTo(201);
        assertThat(provider.json().get("organisationId").asString()).isEqualTo(organisationId(organisation));
        assertThat(partner.get("organisationId").asString()).isEqualTo(organisationId(organisation));
    }

    @Test
    void anAdministratorNoLongerAddsToTheDirectory() {
        var admin = api.createUser(organisation, "ADMIN");

        var provider = api.postJson(
                "/api/v1/takedown/providers",
                admin.token(),
                Map.of("name", "Admin host", "abuseContact", "abuse@admin.example", "country", "BT", "language", "en"));
        var partner = api.postJson("/api/v1/takedown/partners", admin.token(), partner("Admin hotline", true));

        assertThat(provider.status()).isEqualTo(403);
        assertThat(partner.status()).isEqualTo(403);
    }

    @Test
    void everyAnalystSupervisorAndAdministratorReadsTheWholeDirectory() {
        String id = added(owner, partner("Read hotline " + UUID.randomUUID(), false))
                .get("id")
                .asString();

        for (var reader : new Api.StaffUser[] {
            other,
            api.createUser("elsewhere-" + UUID.randomUUID(), "SUPERVISOR"),
            api.createUser("x-" + UUID.randomUUID(), "ADMIN")
        }) {
            var partners = api.get("/api/v1/takedown/partners", reader.token());
            assertThat(partners.status()).isEqualTo(200);
            assertThat(partners.body()).contains(id);
            assertThat(api.get("/api/v1/takedown/providers", reader.token()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void industryMembersAndMonitorsDoNotReadTheDirectory() {
        for (var reader : new Api.StaffUser[] {
            api.createUser("isp-" + UUID.randomUUID(), "INDUSTRY"),
            api.createUser("monitor-" + UUID.randomUUID(), "MONITOR")
        }) {
            assertThat(api.get("/api/v1/takedown/partners", reader.token()).status())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/takedown/providers", reader.token()).status())
                    .isEqualTo(403);
        }
    }

    @Test
    void theOwningOrganisationsAnalystMarksAndUnmarksItsPartnerAsTheRecipient() {
        String id = added(owner, partner("Mark hotline", false)).get("id").asString();

        var marked = api.postJson("/api/v1/takedown/partners/" + id + "/recipient", owner.token(), Map.of());
        assertThat(marked.status()).isEqualTo(200);
        assertThat(listed(id).get("recipientForCountry").asBoolean()).isTrue();

        var unmarked = api.delete("/api/v1/takedown/partners/" + id + "/recipient", owner.token());
        assertThat(unmarked.status()).isEqualTo(200);
        assertThat(listed(id).get("recipientForCountry").asBoolean()).isFalse();
    }

    @Test
    void anAnalystOfAnotherOrganisationCannotMarkOrUnmarkThePartner() {
        String unmarked =
                added(owner, partner("Unmarked hotline", false)).get("id").asString();
        String marked = added(owner, partner("Marked hotline", true)).get("id").asString();

        assertThat(api.postJson("/api/v1/takedown/partners/" + unmarked + "/recipient", other.token(), Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/takedown/partners/" + marked + "/recipient", other.token())
                        .status())
                .isEqualTo(403);
        assertThat(listed(unmarked).get("recipientForCountry").asBoolean()).isFalse();
        assertThat(listed(marked).get("recipientForCountry").asBoolean()).isTrue();
    }

    @Test
    void markingAPartnerUnmarksTheOneMarkedBeforeForThatCountryAndKind() {
        String first = added(owner, partner("First hotline", true)).get("id").asString();
        String second = added(owner, partner("Second hotline", false)).get("id").asString();

        api.postJson("/api/v1/takedown/partners/" + second + "/recipient", owner.token(), Map.of());

        assertThat(listed(first).get("recipientForCountry").asBoolean()).isFalse();
        assertThat(listed(second).get("recipientForCountry").asBoolean()).isTrue();
    }

    @Test
    void anotherOrganisationsMarkForTheSameCountryStaysMarked() {
        String mine = added(owner, partner("Mine hotline", true)).get("id").asString();

        String theirs = added(other, partner("Theirs hotline", true)).get("id").asString();

        assertThat(listed(mine).get("recipientForCountry").asBoolean()).isTrue();
        assertThat(listed(theirs).get("recipientForCountry").asBoolean()).isTrue();
    }

    @Test
    void anUnknownPartnerAnswers404() {
        assertThat(api.postJson(
                                "/api/v1/takedown/partners/" + UUID.randomUUID() + "/recipient",
                                owner.token(),
                                Map.of())
                        .status())
                .isEqualTo(404);
    }
}
