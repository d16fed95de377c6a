package org.protego.referrals;

import java.util.Optional;
import java.util.UUID;
import org.protego.cases.CaseSharing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals as other modules may see them, for callers on the sending side who may see the referral's case. */
@Service
public class ReferralLookup {

    private final JdbcClient jdbc;
    private final CaseSharing cases;

    ReferralLookup(JdbcClient jdbc, CaseSharing cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** The referral, if the caller may see its case; otherwise empty, whether or not it exists. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Optional<ReferralFacts> onSendingSide(UUID referralId) {
        return jdbc.sql("""
                        select id, case_id, service_id, service_name, from_organisation_id, to_organisation_id, state
                        from referrals_referral where id = :id""")
                .param("id", referralId)
                .query((rs, row) -> new ReferralFacts(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .optional()
                .filter(facts ->
                        !cases.visibleAmong(java.util.List.of(facts.caseId())).isEmpty());
    }
}
