package org.protego.referrals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.protego.cases.ExternalDeadlines;
import org.springframework.stereotype.Component;

/** Escalated referrals reach the sending organisation's supervisors on the caseload overview, as kind {@code referral}. */
@Component
class EscalatedReferrals implements ExternalDeadlines {

    static final String KIND = "referral";

    private final Referrals referrals;

    EscalatedReferrals(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<Late> overdueOf(UUID organisationId, Instant now) {
        return referrals.escalatedFrom(organisationId).stream()
                .map(escalated -> new Late(escalated.getKey(), KIND, escalated.getValue()))
                .toList();
    }
}
