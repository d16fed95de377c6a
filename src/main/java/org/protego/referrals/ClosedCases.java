package org.protego.referrals;

import org.protego.cases.CaseClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A case that closes takes its open referrals with it: the services it was referred to no longer see the child. */
@Component
class ClosedCases {

    private final ReferralManagement referrals;

    ClosedCases(ReferralManagement referrals) {
        this.referrals = referrals;
    }

    @ApplicationModuleListener
    void on(CaseClosed closed) {
        referrals.cancelBecauseCaseClosed(closed.caseId());
    }
}
