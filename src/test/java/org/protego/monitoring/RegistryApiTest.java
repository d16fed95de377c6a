package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The registry of codes of conduct: a monitor records a company's signature, the company's own staff submit one
 * self-report a year, and the monitor assesses it; companies never see or act for each other.
 */
@ProtegoTest
class RegistryApiTest {

    @LocalServerPort
    int port;

    Api api;
    Api.StaffUser monitor;
    String hotel;
    String companyId;
    Api.StaffUser hotelStaff;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        monitor = api.createUser("Monitoring body", "MONITOR");
        hotel = "Hotel " + UUID.randomUUID().toString().substring(0, 8);
        companyId = signed(hotel, "the-code", "2019-04-02");
        hotelStaff = api.createUser(hotel, "COMPANY");
    }

    String signed(String company, String code, String signedOn) {
        Api.Response signed = api.postJson(
                "/api/v1/companies", monitor.token(), Map.of("company", company, "code", code, "signedOn", signedOn));
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        return signed.json().get("id").asString();
    }

    static Map<String, Object> selfReport(int year) {
        return Map.of(
                "code",
                "the-code",
                "year",
                year,
                "answers",
                List.of(
                        Map.of("commitment", "inform-customers", "answer", "met", "text", "Policy on every booking."),
                        Map.of("commitment", "train-staff", "answer", "partially_met", "text", "Two of five hotels."),
                        Map.of("commitment", "report-cases", "answer", "met"),
                        Map.of("commitment", "other-measures", "answer", "not_met")));
    }

    @Test
    void theCodesOfConductListTheCommitmentsACompanySigns() {
        JsonNode codes = api.get("/api/v1/codes-of-conduct", hotelStaff.token()).json();

        JsonNode theCode = codes.valueStream()
                .filter(code -> code.get("code").asString().equals("the-code"))
                .findFirst()
                .orElseThrow();
        assertThat(theCode.get("commitments").findValuesAsString("code"))
                .containsExactly("inform-customers", "train-staff", "report-cases", "other-measures");
    }

    @Test
    void aCompanySubmitsItsOwnSelfReportAndAMonitorAssessesIt() {
        Api.Response submitted =
                api.postJson("/api/v1/companies/" + companyId + "/self-reports", hotelStaff.token(), selfReport(2024));

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("onBehalf").asBoolean()).isFalse();
        String reportId = submitted.json().get("id").asString();
        Api.Response assessed = api.putJson(
                "/api/v1/self-reports/" + reportId + "/assessment",
                monitor.token(),
                Map.of("assessment", "partially_met", "note", "Training is behind."));
        assertThat(assessed.status()).isEqualTo(200);
        JsonNode own = api.get("/api/v1/companies", hotelStaff.token()).json();
        assertThat(own.size()).isEqualTo(1);
        assertThat(own.get(0).get("selfReports").get(0).get("assessment").asString())
                .isEqualTo("partially_met");
    }

    @Test
    void aSecondSelfReportForTheSameYearIsRefused() {
        api.postJson("/api/v1/companies/" + companyId + "/self-reports", hotelStaff.token(), selfReport(2023));

        Api.Response second =
                api.postJson("/api/v1/companies/" + companyId + "/self-reports", hotelStaff.token(), selfReport(2023));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("self-report-exists");
    }

    @Test
    void aCompanyCannotSubmitForAnotherCompanyNorSeeIt() {
        String other = "Tours " + UUID.randomUUID().toString().substring(0, 8);
        String otherId = signed(other, "the-code", "2020-01-15");

        Api.Response refused =
                api.postJson("/api/v1/companies/" + otherId + "/self-reports", hotelStaff.token(), selfReport(2024));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/companies/" + otherId, hotelStaff.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/companies", hotelStaff.token()).json().findValuesAsString("name"))
                .containsExactly(hotel);
    }

    @Test
    void aCompanyCannotAssessASelfReport() {
        String reportId = api.postJson(
                        "/api/v1/companies/" + companyId + "/self-reports", hotelStaff.token(), selfReport(2022))
                .json()
                .get("id")
                .asString();

        Api.Response refused = api.putJson(
                "/api/v1/self-reports/" + reportId + "/assessment", hotelStaff.token(), Map.of("assessment", "met"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aMonitorMaySubmitOnACompanysBehalf() {
        Api.Response submitted =
                api.postJson("/api/v1/companies/" + companyId + "/self-reports", monitor.token(), selfReport(2021));

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("onBehalf").asBoolean()).isTrue();
    }

    @Test
    void everyCommitmentOfTheCodeNeedsAnAnswerAndTheCodeMustBeSignedThatYear() {
        Api.Response unanswered = api.postJson(
                "/api/v1/companies/" + companyId + "/self-reports",
                hotelStaff.token(),
                Map.of("code", "the-code", "year", 2020, "answers", List.of()));
        Api.Response beforeSigning =
                api.postJson("/api/v1/companies/" + companyId + "/self-reports", hotelStaff.token(), selfReport(2018));

        assertThat(unanswered.status()).isEqualTo(400);
        assertThat(unanswered.body()).contains("self-report-answer-invalid");
        assertThat(beforeSigning.status()).isEqualTo(409);
        assertThat(beforeSigning.body()).contains("code-not-signed");
    }

    @Test
    void aSignatureIsRecordedOnceAndOnlyByAMonitorOrAnAdministrator() {
        Api.Response again = api.postJson(
                "/api/v1/companies",
                monitor.token(),
                Map.of("company", hotel, "code", "the-code", "signedOn", "2019-04-02"));
        Api.Response byTheCompany = api.postJson(
                "/api/v1/companies",
                hotelStaff.token(),
                Map.of("company", hotel, "code", "isp-voluntary-code", "signedOn", "2019-04-02"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("signature-exists");
        assertThat(byTheCompany.status()).isEqualTo(403);
    }

    @Test
    void theHotlineCannotBeMadeACompany() {
        Api.Response refused = api.postJson(
                "/api/v1/companies",
                monitor.token(),
                Map.of("company", "hotline", "code", "the-code", "signedOn", "2019-04-02"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("company-not-a-company");
    }
}
