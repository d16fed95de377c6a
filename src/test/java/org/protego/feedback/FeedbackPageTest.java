package org.protego.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A child gives feedback on the public page, posted as a browser without JavaScript does, with its CSRF token. */
@ProtegoTest
class FeedbackPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Api child;
    ReferralRows.Loop loop;
    String code;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        child = new Api(port);
        loop = ReferralRows.loop(api, jdbc, "started");
        code = api.postJson(
                        "/api/v1/referrals/" + loop.referralId() + "/feedback-code",
                        loop.caseWorker().token(),
                        Map.of())
                .json()
                .get("code")
                .asString();
    }

    @Test
    void aChildAnswersInEnglishWithoutSigningInOrJavaScript() {
        Api.Response codePage = child.get("/feedback", null);
        assertThat(codePage.status()).isEqualTo(200);
        assertThat(codePage.body())
                .contains("<html lang=\"en\" dir=\"ltr\">", "name=\"_csrf\"")
                .doesNotContain("<script");

        Api.Response form = child.postForm("/feedback", "/feedback", Map.of("code", code.toLowerCase()));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("How were you treated?", "Did you feel safe?", "Did it help you?", "Would you tell a friend")
                .contains("type=\"radio\" name=\"treated\" value=\"5\"", "/images/feedback/face-5.svg")
                .doesNotContain("<script");

        Api.Response thanks = child.postForm("/feedback", "/feedback/answers", answers("no"));

        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).contains("id=\"feedback-thanks\"").doesNotContain("id=\"contact-promised\"");
    }

    @Test
    void aChildAnswersInArabicRightToLeft() {
        child.get("/feedback?lang=ar", null);

        Api.Response form = child.postForm("/feedback", "/feedback", Map.of("code", code));
        assertThat(form.body())
                .contains("<html lang=\"ar\" dir=\"rtl\">", "كيف عاملوك؟")
                .doesNotContain("<script");

        Api.Response thanks = child.postForm("/feedback", "/feedback/answers", answers("yes"));

        assertThat(thanks.body())
                .contains("<html lang=\"ar\" dir=\"rtl\">", "شكرًا لك!", "id=\"contact-promised\"")
                .doesNotContain("<script");
        assertThat(jdbc.sql("select language from feedback_answer where service_id = :service")
                        .param("service", loop.serviceId())
                        .query(String.class)
                        .single())
                .isEqualTo("ar");
    }

    @Test
    void theFacesAreServedToAnyoneAsImagesOfThisSite() {
        Api.Response face = child.get("/images/feedback/face-1.svg", null);

        assertThat(face.status()).isEqualTo(200);
        assertThat(face.header("Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void aWrongAnExpiredAndAUsedCodeGetTheSameAnswer() {
        child.postForm("/feedback", "/feedback", Map.of("code", code));
        child.postForm("/feedback", "/feedback/answers", answers("no"));

        String used = main(child.postForm("/feedback", "/feedback", Map.of("code", code)));
        String wrong = main(child.postForm("/feedback", "/feedback", Map.of("code", "0000-0000-0000")));
        String garbage = main(child.postForm("/feedback", "/feedback", Map.of("code", "not a code")));
        String expired = main(child.postForm("/feedback", "/feedback", Map.of("code", expiredCode())));

        assertThat(used).contains("id=\"code-refused\"");
        assertThat(List.of(wrong, garbage, expired)).allMatch(used::equals);
    }

    @Test
    void aUsedCodeCannotSendAnswersAgain() {
        child.postForm("/feedback", "/feedback/answers", answers("no"));

        Api.Response again = child.postForm("/feedback", "/feedback/answers", answers("no"));

        assertThat(again.body()).contains("id=\"code-refused\"");
        assertThat(answersOfService()).isEqualTo(1);
    }

    @Test
    void wrongAnswersComeBackBesideTheirQuestionsWithWhatWasTyped() {
        Map<String, String> fields = answers("no");
        fields.put("treated", "9");

        Api.Response refused = child.postForm("/feedback", "/feedback/answers", fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"treated-problem\"", "They were kind to me.");
        assertThat(answersOfService()).isZero();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Api.Response forged = child.postFormWithoutCsrf("/feedback/answers", answers("no"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(answersOfService()).isZero();
    }

    @Test
    void anAnswerWithoutAContactRequestHasNoLinkToTheReferralOrTheCase() {
        child.postForm("/feedback", "/feedback/answers", answers("no"));

        assertThat(columnsOf("feedback_answer"))
                .doesNotContain("referral_id", "case_id", "code_hash")
                .noneMatch(column -> column.contains("referral") || column.contains("case"));
        assertThat(typesOf("feedback_answer"))
                .doesNotContain("timestamp with time zone", "timestamp without time zone");
        Map<String, Object> row = jdbc.sql(
                        "select *, row_to_json(a)::text as whole from feedback_answer a where service_id = :service")
                .param("service", loop.serviceId())
                .query()
                .singleRow();
        assertThat((String) row.get("whole"))
                .doesNotContain(loop.referralId().toString(), loop.caseId().toString(), "They were kind to me.");
        assertThat(row.get("month").toString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString());
        assertThat(count("feedback_code where referral_id = '" + loop.referralId() + "'"))
                .isZero();
        assertThat(count("feedback_contact_request where referral_id = '" + loop.referralId() + "'"))
                .isZero();
        assertThat(count("feedback_contact_request where case_id = '" + loop.caseId() + "'"))
                .isZero();
    }

    @Test
    void aChildWhoAsksToBeContactedLeavesARequestWithTheReferralAndTheCase() {
        child.postForm("/feedback", "/feedback/answers", answers("yes"));

        Map<String, Object> request = jdbc.sql("select * from feedback_contact_request where case_id = :case")
                .param("case", loop.caseId())
                .query()
                .singleRow();
        assertThat(request.get("referral_id")).isEqualTo(loop.referralId());
        assertThat((String) request.get("comment_encrypted")).startsWith("v2:").doesNotContain("kind");
        assertThat(answersOfService()).isEqualTo(1);
    }

    private Map<String, String> answers(String contact) {
        Map<String, String> fields = new HashMap<>();
        fields.put("code", code);
        fields.put("treated", "5");
        fields.put("safe", "4");
        fields.put("helped", "4");
        fields.put("recommend", "yes");
        fields.put("comment", "They were kind to me.");
        fields.put("contact", contact);
        return fields;
    }

    private String expiredCode() {
        java.util.UUID other = ReferralRows.insertReferral(
                jdbc, loop.caseId(), java.util.UUID.fromString(loop.caseWorker().id()), loop.serviceId(), "completed");
        String expired = api.postJson(
                        "/api/v1/referrals/" + other + "/feedback-code",
                        loop.caseWorker().token(),
                        Map.of())
                .json()
                .get("code")
                .asString();
        jdbc.sql("update feedback_code set expires_at = now() - interval '1 minute' where referral_id = :referral")
                .param("referral", other)
                .update();
        return expired;
    }

    /** The page's main part, without the CSRF token, which is masked differently on every page. */
    private static String main(Api.Response response) {
        String body = response.body();
        return body.substring(body.indexOf("<main"), body.indexOf("</main>"))
                .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    private long answersOfService() {
        return count("feedback_answer where service_id = '" + loop.serviceId() + "'");
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    private List<String> columnsOf(String table) {
        return jdbc.sql("select column_name from information_schema.columns where table_name = :table")
                .param("table", table)
                .query(String.class)
                .list();
    }

    private List<String> typesOf(String table) {
        return jdbc.sql("select data_type from information_schema.columns where table_name = :table")
                .param("table", table)
                .query(String.class)
                .list();
    }
}
