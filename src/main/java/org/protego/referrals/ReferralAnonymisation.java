package org.protego.referrals;

import java.util.UUID;
import org.protego.cases.CaseRetentionPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a case is anonymised, its referrals lose every text that may identify the child: the reason, the shared
 * values, the decline note, the provider's feedback and the cancel reason. States, times, service and the figures'
 * sex and age band stay, so indicators still count them.
 */
@Component
class ReferralAnonymisation implements CaseRetentionPart {

    private final JdbcClient jdbc;

    ReferralAnonymisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(UUID caseId) {
        jdbc.sql("""
                        update referrals_referral
                        set reason_encrypted = null, shared_encrypted = null, decline_note_encrypted = null,
                            provider_feedback_encrypted = null, cancel_reason_encrypted = null
                        where case_id = :case""").param("case", caseId).update();
    }
}
