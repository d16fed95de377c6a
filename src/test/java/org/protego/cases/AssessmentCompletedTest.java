package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What indicators learn when a child's best interests are assessed: figures to break down, never the child. */
@ProtegoTest
@RecordApplicationEvents
class AssessmentCompletedTest {

    @LocalServerPort
    int port;

    @Autowired
    BestInterestsManagement bestInterests;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstAssessmentIsCompletedOnceAndCarriesNothingThatIdentifiesTheChild() {
        Api api = new Api(port);
        Api.StaffUser caseWorker =
                api.createUserInTeam("ngo-" + UUID.randomUUID().toString().substring(0, 8), "north", "CASE_WORKER");
        UUID caseId = UUID.fromString(CaseFixtures.registeredCase(api, caseWorker, "Hawa", "Kone"));
        UUID organisation = jdbc.sql("select organisation_id from case_file where id = :id")
                .param("id", caseId)
                .query(UUID.class)
                .single();
        actAs(caseWorker, organisation);

        bestInterests.writeAssessment(caseId, null, assessment("Safe with Hawa's aunt."));
        bestInterests.writeAssessment(caseId, null, assessment("Safe with Hawa's aunt; school in May."));

        List<AssessmentCompleted> completed =
                events.stream(AssessmentCompleted.class).toList();
        assertThat(completed).hasSize(1);
        AssessmentCompleted event = completed.get(0);
        assertThat(event.caseId()).isEqualTo(caseId);
        assertThat(event.organisationId()).isEqualTo(organisation);
        assertThat(event.kind()).isEqualTo("bia");
        assertThat(event.sex()).isEqualTo("female");
        assertThat(event.ageBand()).isEqualTo("10-14");
        assertThat(event.nationality()).isEqualTo("TH");
        assertThat(event.formsOfExploitation()).containsExactly("prostitution", "trafficking");
        assertThat(event.toString()).doesNotContain("Hawa", "Kone");
    }

    private static WriteAssessment assessment(String safety) {
        return new WriteAssessment(null, safety, null, null, null, null, null);
    }

    private static void actAs(Api.StaffUser user, UUID organisation) {
        StaffMember member = new StaffMember(
                UUID.fromString(user.id()), user.username(), organisation, "ngo", Set.of(Role.CASE_WORKER));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        member, null, List.of(new SimpleGrantedAuthority(Role.CASE_WORKER.authority()))));
    }
}
