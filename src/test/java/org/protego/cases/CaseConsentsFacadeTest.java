package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the next issue's referrals ask of the cases module: whether a consent allows an action, for a visible case. */
@ProtegoTest
class CaseConsentsFacadeTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseConsents caseConsents;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser caseWorker;
    UUID caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        caseWorker =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");
        caseId = UUID.fromString(CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(Api.StaffUser user, UUID organisationId) {
        StaffMember member = new StaffMember(
                UUID.fromString(user.id()), user.username(), organisationId, "ngo", Set.of(Role.CASE_WORKER));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        member, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_WORKER"))));
    }

    private UUID organisationOfTheCase() {
        return jdbc.sql("select organisation_id from case_file where id = :id")
                .param("id", caseId)
                .query(UUID.class)
                .single();
    }

    @Test
    void sharingIsRefusedWithoutConsentAndAllowedOnceTheChildConsents() {
        actAs(caseWorker, organisationOfTheCase());

        assertThatThrownBy(() -> caseConsents.requireConsent(caseId, "information_sharing", "Safe Home"))
                .isInstanceOfSatisfying(
                        RefusedException.class,
                        refused -> assertThat(refused.error()).isEqualTo(CaseError.CONSENT_MISSING));
        api.postJson(
                "/api/v1/cases/" + caseId + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", "Safe Home"));

        assertThatCode(() -> caseConsents.requireConsent(caseId, "information_sharing", "Safe Home"))
                .doesNotThrowAnyException();
        assertThat(caseConsents.hasConsent(caseId, "information_sharing", "Safe Home"))
                .isTrue();
        assertThatThrownBy(() -> caseConsents.requireConsent(caseId, "marketing", null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aCaseOutsideTheCallersOrganisationIsNotFound() {
        Api.StaffUser outsider =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");
        actAs(outsider, UUID.randomUUID());

        assertThatThrownBy(() -> caseConsents.requireConsent(caseId, "services", null))
                .isInstanceOf(NotFoundException.class);
    }
}
