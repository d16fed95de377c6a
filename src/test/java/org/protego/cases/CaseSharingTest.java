package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What a referral may learn of a case: only the fields it names, only for a case the caller may see, audited. */
@ProtegoTest
class CaseSharingTest {

    @LocalServerPort
    int port;

    @Autowired
    CaseSharing sharing;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser caseWorker;
    Api.StaffUser otherTeamsCaseWorker;
    UUID organisationId;
    UUID caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String organisation = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        otherTeamsCaseWorker = api.createUserInTeam(organisation, "south", "CASE_WORKER");
        caseId = UUID.fromString(CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk"));
        organisationId = jdbc.sql("select organisation_id from case_file where id = :id")
                .param("id", caseId)
                .query(UUID.class)
                .single();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void actAs(Api.StaffUser user) {
        StaffMember member = new StaffMember(
                UUID.fromString(user.id()), user.username(), organisationId, "ngo", Set.of(Role.CASE_WORKER));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        member, null, List.of(new SimpleGrantedAuthority("ROLE_CASE_WORKER"))));
    }

    @Test
    void aReferralReceivesOnlyTheFieldsItNamesAndTheReadIsAudited() {
        actAs(caseWorker);

        SharedCase shared = sharing.shareForReferral(caseId, List.of("givenName", "age", "languages"));

        assertThat(shared.values())
                .containsOnly(
                        Map.entry("givenName", "Malee"),
                        Map.entry("age", 14),
                        Map.entry("languages", List.of("th", "en")));
        assertThat(shared.sex()).isEqualTo("female");
        assertThat(shared.ageBand()).isEqualTo("10-14");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where action = 'case.shared-for-referral' and subject_id = :id")
                        .param("id", caseId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFieldThatCannotBeSharedIsRefusedWithTheNamesAllowed() {
        actAs(caseWorker);

        assertThatThrownBy(() -> sharing.shareForReferral(caseId, List.of("givenName", "childEncrypted")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems().get(0).code()).isEqualTo("case-shared-field-unknown"));
    }

    @Test
    void aCaseWorkerOfAnotherTeamCanNeitherShareNorSeeTheCase() {
        actAs(otherTeamsCaseWorker);

        assertThatThrownBy(() -> sharing.shareForReferral(caseId, List.of("givenName")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.eligibilityOf(caseId)).isInstanceOf(NotFoundException.class);
        assertThat(sharing.visibleAmong(List.of(caseId))).isEmpty();
    }

    @Test
    void theCaseWorkerSeesTheChildsEligibilityAndTheCaseAmongVisibleOnes() {
        actAs(caseWorker);

        assertThat(sharing.eligibilityOf(caseId)).isEqualTo(new ChildEligibility(14, "female", List.of("th", "en")));
        assertThat(sharing.visibleAmong(List.of(caseId, UUID.randomUUID()))).containsExactly(caseId);
    }
}
