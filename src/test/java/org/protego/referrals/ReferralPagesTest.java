package org.protego.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case worker finds a service and refers the child by pages; the service's staff answer on theirs. */
@ProtegoTest
class ReferralPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ReferralSetUp setUp;

    @BeforeEach
    void setUp() {
        setUp = new ReferralSetUp(new Api(port), jdbc);
    }

    Api signedIn(Api.StaffUser user) {
        Api session = new Api(port);
        session.signIn(user);
        return session;
    }

    static Document html(Api.Response response) {
        return Jsoup.parse(response.body());
    }

    String findPage() {
        return "/staff/cases/" + setUp.caseId + "/referrals/new";
    }

    Map<String, String> referForm() {
        return Map.of(
                "serviceId", setUp.shelter.toString(),
                "need", "shelter",
                "area", setUp.area,
                "reason", "She needs a safe place tonight.",
                "urgency", "high",
                "sharedFields", "givenName");
    }

    @Test
    void theCasePageListsTheReferralsAndOffersToFindAService() {
        String referralId = setUp.referredToTheShelter("high");

        Document casePage = html(signedIn(setUp.caseWorker).get("/staff/cases/" + setUp.caseId, null));

        assertThat(casePage.getElementById("find-a-service").attr("href")).isEqualTo(findPage());
        assertThat(casePage.getElementById("referral-" + referralId).text())
                .contains("Safe House for Girls")
                .contains("Sent");
    }

    @Test
    void theSearchStartsFromTheChildAndListsOnlyServicesThatFit() {
        setUp.service(setUp.shelterOrganisation, "Boys' House", "shelter", 12, 17, List.of("male"));
        Api page = signedIn(setUp.caseWorker);

        Document prefilled = html(page.get(findPage(), null));
        Document found =
                html(page.get(findPage() + "?need=shelter&age=14&sex=female&language=ar&area=" + setUp.area, null));

        assertThat(prefilled.getElementById("search-age").val()).isEqualTo("14");
        assertThat(prefilled.select("#search-sex option[selected]").val()).isEqualTo("female");
        assertThat(prefilled.getElementById("search-language").val()).isEqualTo("th");
        assertThat(found.select(".service-result .service-name").eachText())
                .contains("Safe House for Girls")
                .doesNotContain("Boys' House");
    }

    @Test
    void withoutConsentTheReferralIsRefusedOnThePageNamingTheOrganisation() {
        Api page = signedIn(setUp.caseWorker);

        Api.Response refused = page.postForm(findPage(), findPage(), referForm());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(findPage());
        Document back = html(page.get(findPage(), null));
        assertThat(back.getElementById("problems").text()).contains(setUp.shelterOrganisation);
        assertThat(back.select(".service-result .service-name").eachText()).contains("Safe House for Girls");
        assertThat(back.getElementById("share-" + setUp.shelter + "-givenName").hasAttr("checked"))
                .as("the fields ticked are still ticked")
                .isTrue();
        assertThat(back.getElementById("share-" + setUp.shelter + "-familyName").hasAttr("checked"))
                .isFalse();
    }

    @Test
    void theServiceSeesOnlyWhatWasSharedAnswersAndThenSeesOnlyTheState() {
        setUp.consentFor(setUp.shelterOrganisation);
        // One session each: signing in twice within a TOTP period is refused as a replay.
        Api caseWorker = signedIn(setUp.caseWorker);
        Api.Response sent = caseWorker.postForm(findPage(), findPage(), referForm());
        assertThat(sent.header("Location")).contains("/staff/referrals/").endsWith("?sent");
        String referralPage = sent.header("Location").replace("?sent", "");
        Api shelter = signedIn(setUp.shelterStaff);

        Document open = html(shelter.get(referralPage, null));
        assertThat(open.getElementById("nav-referrals").text()).contains("1");
        assertThat(open.getElementById("shared-givenName").text()).isEqualTo("Malee");
        assertThat(open.body().text()).doesNotContain("Srisuk");
        assertThat(open.getElementById("referral-case")).isNull();

        shelter.postForm(referralPage, referralPage + "/accept", Map.of());
        shelter.postForm(referralPage, referralPage + "/start", Map.of());
        shelter.postForm(referralPage, referralPage + "/complete", Map.of("feedback", "Stayed two weeks."));

        Document closed = html(shelter.get(referralPage, null));
        assertThat(closed.getElementById("referral-state").text()).isEqualTo("Completed");
        assertThat(closed.getElementById("shared-gone")).isNotNull();
        assertThat(closed.body().text()).doesNotContain("Malee");
        Document senderView = html(caseWorker.get(referralPage, null));
        assertThat(senderView.getElementById("referral-feedback").text()).isEqualTo("Stayed two weeks.");
        assertThat(senderView.select("#referral-timeline tbody tr")).hasSize(4);
    }

    @Test
    void aCaseWorkerOfAnotherTeamIsToldTheReferralDoesNotExist() {
        String referralId = setUp.referredToTheShelter("normal");
        Api.StaffUser otherTeam = setUp.api.createUserInTeam(setUp.organisation, "south", "CASE_WORKER");

        assertThat(signedIn(otherTeam)
                        .get("/staff/referrals/" + referralId, null)
                        .status())
                .isEqualTo(404);
        assertThat(signedIn(setUp.caseWorker)
                        .get("/staff/referrals/" + referralId, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theListShowsProvidersWhatCameInAndCaseWorkersWhatTheySent() {
        String referralId = setUp.referredToTheShelter("normal");

        Document incoming = html(signedIn(setUp.shelterStaff).get("/staff/referrals", null));
        Document outgoing = html(signedIn(setUp.caseWorker).get("/staff/referrals", null));

        assertThat(incoming.getElementById("incoming-" + referralId)).isNotNull();
        assertThat(incoming.getElementById("outgoing")).isNull();
        assertThat(outgoing.getElementById("outgoing-" + referralId)).isNotNull();
        assertThat(outgoing.getElementById("incoming")).isNull();
    }
}
