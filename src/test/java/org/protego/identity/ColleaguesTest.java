package org.protego.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** What other modules learn about staff members through the identity facade: their teams and colleagues. */
@ProtegoTest
class ColleaguesTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String organisation;

    @BeforeEach
    void connect() {
        api = new Api(port);
        organisation = "colleagues-" + UUID.randomUUID();
    }

    @Test
    @WithMockUser(username = "cases-module", roles = "CASE_WORKER")
    void colleaguesAreTheEnabledHoldersOfARoleInTheOrganisationWithTheirTeams() {
        var north = api.createUserInTeam(organisation, "North", "CASE_WORKER");
        var teamless = api.createUser(organisation, "CASE_WORKER", "SUPERVISOR");
        var disabled = api.createUserInTeam(organisation, "North", "CASE_WORKER");
        api.postJson("/api/v1/admin/users/" + disabled.id() + "/disable", api.adminToken(), Map.of());
        api.createUserInTeam(organisation, "North", "SUPERVISOR");
        api.createUserInTeam("hotline", "North", "CASE_WORKER");

        assertThat(identity.colleagues(organisationId(), Role.CASE_WORKER))
                .containsExactlyElementsOf(Stream.of(
                                new Colleague(UUID.fromString(north.id()), north.username(), "North"),
                                new Colleague(UUID.fromString(teamless.id()), teamless.username(), null))
                        .sorted(Comparator.comparing(Colleague::username))
                        .toList());
    }

    @Test
    @WithMockUser(username = "cases-module", roles = "CASE_WORKER")
    void theTeamOfAUserIsKnownAndAnUnknownUserHasNone() {
        var north = api.createUserInTeam(organisation, "North", "CASE_WORKER");
        var teamless = api.createUser(organisation, "CASE_WORKER");
        UUID unknown = UUID.randomUUID();

        assertThat(identity.teamOf(UUID.fromString(north.id()))).contains("North");
        assertThat(identity.teamOf(UUID.fromString(teamless.id()))).isEmpty();
        assertThat(identity.teamOf(unknown)).isEmpty();
        assertThat(identity.colleague(UUID.fromString(north.id())))
                .contains(new Colleague(UUID.fromString(north.id()), north.username(), "North"));
        assertThat(identity.colleague(unknown)).isEmpty();
    }

    @Test
    void nobodyLearnsTeamsOrColleaguesWithoutBeingSignedIn() {
        var north = api.createUserInTeam(organisation, "North", "CASE_WORKER");
        UUID userId = UUID.fromString(north.id());

        assertThatThrownBy(() -> identity.teamOf(userId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> identity.colleague(userId))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> identity.colleagues(organisationId(), Role.CASE_WORKER))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private UUID organisationId() {
        return jdbc.sql("select id from identity_organisation where name = :name")
                .param("name", organisation)
                .query(UUID.class)
                .single();
    }
}
