package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A monitor drafts the annual report, a second one approves it; it is then signed and its PDF never changes. */
@ProtegoTest
class AnnualReportApiTest {

    static final String REPORTS = "/api/v1/annual-reports";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api.StaffUser drafter;
    Api.StaffUser approver;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        drafter = api.createUser("hotline", "MONITOR");
        approver = api.createUser("hotline", "MONITOR");
    }

    JsonNode draft(Api.StaffUser monitor, int year, String language) {
        Api.Response created = api.postJson(REPORTS, monitor.token(), Map.of("year", year, "language", language));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    Api.Response approve(Api.StaffUser monitor, String id) {
        return api.postJson(REPORTS + "/" + id + "/approval", monitor.token(), Map.of());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static boolean verifies(String publicKeyPem, String text, String signatureBase64) throws Exception {
        var key = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(
                        Base64.getMimeDecoder().decode(publicKeyPem.replaceAll("-----[A-Z ]+-----", ""))));
        var signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(key);
        signature.update(text.getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(signatureBase64));
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aDraftFreezesASnapshotWhoseHashIsItsOwn() throws Exception {
        JsonNode draft = draft(drafter, 2025, "en");

        Api.Response snapshot = api.get(REPORTS + "/" + draft.get("id").asString() + "/snapshot", drafter.token());

        assertThat(draft.get("state").asString()).isEqualTo("draft");
        assertThat(draft.get("year").asInt()).isEqualTo(2025);
        assertThat(draft.get("cutOff").asString()).isNotBlank();
        assertThat(sha256(snapshot.body().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(draft.get("snapshotSha256").asString());
        assertThat(snapshot.json().get("report").get("year").asInt()).isEqualTo(2025);
    }

    @Test
    void aPublishedReportsSnapshotIsComputedAgainFromItsCutOff() {
        String id = draft(drafter, 2024, "en").get("id").asString();
        JsonNode published = approve(approver, id).json();

        JsonNode reproduction =
                api.get(REPORTS + "/" + id + "/reproduction", drafter.token()).json();

        assertThat(reproduction.get("reproduced").asBoolean()).isTrue();
        assertThat(reproduction.get("differing")).isEmpty();
        assertThat(reproduction.get("snapshotSha256").asString())
                .isEqualTo(published.get("snapshotSha256").asString());
    }

    @Test
    void theDrafterCannotApproveTheirOwnDraft() {
        String id = draft(drafter, 2025, "en").get("id").asString();

        Api.Response refused = approve(drafter, id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("annual-report-own-draft");
        assertThat(api.get(REPORTS + "/" + id, drafter.token())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("draft");
    }

    @Test
    void whoeverLastWroteTheNarrativeCannotApproveEither() {
        String id = draft(drafter, 2025, "en").get("id").asString();
        api.putJson(REPORTS + "/" + id + "/narrative", approver.token(), Map.of("introduction", "A hard year."));
        Api.StaffUser third = api.createUser("hotline", "MONITOR");

        Api.Response refused = approve(approver, id);
        Api.Response approved = approve(third, id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("annual-report-own-draft");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void anAdministratorOrAnAnalystIsRefused() {
        String id = draft(drafter, 2025, "en").get("id").asString();
        Api.StaffUser analyst = api.createUser("hotline", "ANALYST");

        assertThat(approve(new Api.StaffUser(null, null, null, null, api.adminToken()), id)
                        .status())
                .isEqualTo(403);
        assertThat(approve(analyst, id).status()).isEqualTo(403);
        assertThat(api.postJson(REPORTS, analyst.token(), Map.of("year", 2025)).status())
                .isEqualTo(403);
        assertThat(api.get(REPORTS, api.adminToken()).status()).isEqualTo(403);
        assertThat(api.getBytes(REPORTS + "/" + id + ".pdf", analyst.token()).status())
                .isEqualTo(403);
    }

    @Test
    void aSecondMonitorPublishesItSignedAndTheSignatureVerifiesWithThePublicKey() throws Exception {
        String id = draft(drafter, 2024, "en").get("id").asString();

        Api.Response approved = approve(approver, id);
        String publicKey = api.get(REPORTS + "/public-key.pem", null).body();

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode report = approved.json();
        assertThat(report.get("state").asString()).isEqualTo("published");
        assertThat(report.get("approvedBy").asString()).isEqualTo(approver.username());
        assertThat(report.get("signedText").asString())
                .isEqualTo("protego-signed-document-v1\nkind: annual-report\nid: " + id + "\nsha256: "
                        + report.get("snapshotSha256").asString() + "\n");
        assertThat(verifies(
                        publicKey,
                        report.get("signedText").asString(),
                        report.get("signature").asString()))
                .isTrue();
        assertThat(verifies(
                        publicKey,
                        report.get("signedText").asString().replace("kind: annual-report", "kind: annual-report-x"),
                        report.get("signature").asString()))
                .isFalse();
        assertThat(jdbc.sql("select action from audit_entry where subject_id = :id order by sequence")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsSubsequence("annual-report.drafted", "document.signed", "annual-report.published");
    }

    @Test
    void aPublishedReportsPdfIsTheSameOnEveryDownloadAndCarriesItsSignature() throws Exception {
        String id = draft(drafter, 2024, "ar").get("id").asString();
        JsonNode report = approve(approver, id).json();

        Api.BinaryResponse first = api.getBytes(REPORTS + "/" + id + ".pdf", drafter.token());
        Api.BinaryResponse second = api.getBytes(REPORTS + "/" + id + ".pdf", approver.token());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(first.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(sha256(first.body())).isEqualTo(report.get("pdfSha256").asString());
        String signedText =
                new String(Base64.getDecoder().decode(first.header("Protego-Signed-Text")), StandardCharsets.UTF_8);
        assertThat(signedText).contains("kind: annual-report-pdf", "sha256: " + sha256(first.body()));
        assertThat(verifies(
                        api.get(REPORTS + "/public-key.pem", null).body(),
                        signedText,
                        first.header("Protego-Signature")))
                .isTrue();
    }

    @Test
    void aDraftsPdfIsRenderedOnDemandAndMarkedAsADraft() throws Exception {
        String id = draft(drafter, 2025, "en").get("id").asString();

        Api.BinaryResponse pdf = api.getBytes(REPORTS + "/" + id + ".pdf", drafter.token());

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Protego-Signature")).isNull();
        assertThat(pdfText(pdf.body())).contains("DRAFT – NOT APPROVED", "2025");
    }

    @Test
    void theNarrativeCannotChangeOnceTheReportIsPublished() {
        String id = draft(drafter, 2024, "fr").get("id").asString();
        Api.Response written =
                api.putJson(REPORTS + "/" + id + "/narrative", drafter.token(), Map.of("conclusion", "Avant."));
        approve(approver, id);

        Api.Response refused =
                api.putJson(REPORTS + "/" + id + "/narrative", drafter.token(), Map.of("conclusion", "Après."));
        Api.Response refreshed = api.postJson(REPORTS + "/" + id + "/refresh", drafter.token(), Map.of());

        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json().get("narrative").get("conclusion").asString()).isEqualTo("Avant.");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("annual-report-state-forbids");
        assertThat(refreshed.status()).isEqualTo(409);
        assertThat(approve(api.createUser("hotline", "MONITOR"), id)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("annual-report-state-forbids");
    }

    @Test
    void publishingAnotherReportOfTheYearSupersedesTheFirst() {
        String first = draft(drafter, 2023, "en").get("id").asString();
        approve(approver, first);
        String second = draft(drafter, 2023, "es").get("id").asString();

        approve(approver, second);

        assertThat(api.get(REPORTS + "/" + first, drafter.token())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("superseded");
        assertThat(api.get(REPORTS + "/" + second, drafter.token())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("published");
    }

    @Test
    void aRefreshTakesANewCutOffAndKeepsTheNarrative() {
        JsonNode draft = draft(drafter, 2025, "en");
        String id = draft.get("id").asString();
        api.putJson(REPORTS + "/" + id + "/narrative", drafter.token(), Map.of("introduction", "Kept."));

        Api.Response refreshed = api.postJson(REPORTS + "/" + id + "/refresh", drafter.token(), Map.of());

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("cutOff").asString())
                .isNotEqualTo(draft.get("cutOff").asString());
        assertThat(refreshed.json().get("narrative").get("introduction").asString())
                .isEqualTo("Kept.");
    }

    @Test
    void yearsBeforeTheRioPactOrStillToComeAndUnofferedLanguagesAreRefused() {
        Api.Response early = api.postJson(REPORTS, drafter.token(), Map.of("year", 2007, "language", "en"));
        Api.Response future = api.postJson(REPORTS, drafter.token(), Map.of("year", 2999, "language", "en"));
        Api.Response german = api.postJson(REPORTS, drafter.token(), Map.of("year", 2025, "language", "de"));

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("annual-report-year-invalid", "between 2008 and");
        assertThat(future.status()).isEqualTo(400);
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.body()).contains("annual-report-language-invalid");
    }

    @Test
    void anUnknownNarrativePartIsRefused() {
        String id = draft(drafter, 2025, "en").get("id").asString();

        Api.Response refused =
                api.putJson(REPORTS + "/" + id + "/narrative", drafter.token(), Map.of("epilogue", "No."));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("annual-report-narrative-part-unknown");
    }

    @Test
    void theAddressesWithASuffixReachTheirOwnHandlers() {
        String id = draft(drafter, 2025, "ar").get("id").asString();

        Api.Response html = api.get(REPORTS + "/" + id + ".html", drafter.token());
        Api.Response unknownPdf = api.get(REPORTS + "/00000000-0000-0000-0000-000000000000.pdf", drafter.token());
        Api.Response notAnId = api.get(REPORTS + "/report.pdf", drafter.token());

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("lang=\"ar\"", "dir=\"rtl\"");
        assertThat(unknownPdf.status()).isEqualTo(404);
        assertThat(unknownPdf.body()).contains("annual-report-unknown");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(api.get(REPORTS + "/" + id, drafter.token()).json().get("id").asString())
                .isEqualTo(id);
    }

    @Test
    void thePublicKeyIsPublicButNothingElseIs() {
        Api.Response key = api.get(REPORTS + "/public-key.pem", null);

        assertThat(key.status()).isEqualTo(200);
        assertThat(key.body()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(api.get(REPORTS, null).status()).isEqualTo(401);
        assertThat(api.postJson(REPORTS, null, Map.of("year", 2025)).status()).isEqualTo(401);
    }

    @Test
    void theListShowsTheLatestYearFirst() {
        draft(drafter, 2019, "en");
        draft(drafter, 2021, "en");

        List<Integer> years = api.get(REPORTS, drafter.token())
                .json()
                .valueStream()
                .map(report -> report.get("year").asInt())
                .toList();

        assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(years).contains(2019, 2021);
    }
}
