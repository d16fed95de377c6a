package org.protego.cases;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties, when a case is anonymised, the free text that consents, assessments, determinations, care plans,
 * follow-ups, closures and transfers keep about the child. Their rows, dates, codes and decisions stay, since
 * indicators count them and none of them identifies the child.
 */
@Component
class CasePartsAnonymisation implements CaseRetentionPart {

    /** Each table of a part with the encrypted columns that may identify the child. */
    private record EncryptedText(String table, List<String> columns, String caseCondition) {}

    private static final List<EncryptedText> TEXTS = List.of(
            new EncryptedText("case_consent", List.of("recipient_encrypted"), "case_id = :case"),
            new EncryptedText(
                    "case_consent_override", List.of("recipient_encrypted", "reason_encrypted"), "case_id = :case"),
            new EncryptedText("case_assessment", List.of("sections_encrypted"), "case_id = :case"),
            new EncryptedText(
                    "case_determination", List.of("question_encrypted", "outcome_encrypted"), "case_id = :case"),
            new EncryptedText(
                    "case_determination_view",
                    List.of("reasoning_encrypted"),
                    "determination_id in (select id from case_determination where case_id = :case)"),
            new EncryptedText(
                    "case_care_plan_item", List.of("description_encrypted", "reason_encrypted"), "case_id = :case"),
            new EncryptedText("case_follow_up", List.of("notes_encrypted"), "case_id = :case"),
            new EncryptedText(
                    "case_closure",
                    List.of("note_encrypted", "refusal_encrypted", "reopening_encrypted"),
                    "case_id = :case"),
            new EncryptedText("case_transfer", List.of("reason_encrypted", "decline_encrypted"), "case_id = :case"));

    private final JdbcClient jdbc;

    CasePartsAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(UUID caseId) {
        for (EncryptedText text : TEXTS) {
            String emptied = String.join(
                    ", ",
                    text.columns().stream().map(column -> column + " = null").toList());
            jdbc.sql("update " + text.table() + " set " + emptied + " where " + text.caseCondition())
                    .param("case", caseId)
                    .update();
        }
    }
}
