package org.protego.feedback;

import java.util.UUID;
import org.protego.cases.CaseRetentionPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a case is anonymised, the comments of children who asked to be contacted about it are removed, and so are
 * unused feedback codes of its referrals; the unlinked answers are not about the case and stay.
 */
@Component
class ContactRequestAnonymisation implements CaseRetentionPart {

    private final JdbcClient jdbc;

    ContactRequestAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(UUID caseId) {
        jdbc.sql("update feedback_contact_request set comment_encrypted = null where case_id = :case")
                .param("case", caseId)
                .update();
        jdbc.sql("delete from feedback_code where case_id = :case")
                .param("case", caseId)
                .update();
    }
}
