package org.protego.referrals;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.protego.shared.WorkCount;
import org.springframework.stereotype.Component;

/** The number beside Referrals for a service's staff: referrals not answered yet, and accepted or started ones late. */
@Component
class WaitingReferralsCount implements WorkCount {

    private final Referrals referrals;
    private final Clock clock;

    WaitingReferralsCount(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public Item item() {
        return Item.REFERRALS;
    }

    @Override
    public Set<String> roles() {
        return Set.of("SERVICE_PROVIDER");
    }

    @Override
    public long count(UUID organisationId) {
        return referrals.waitingFor(organisationId, clock.instant());
    }
}
