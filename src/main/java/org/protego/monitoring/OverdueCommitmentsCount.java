package org.protego.monitoring;

import java.util.Set;
import java.util.UUID;
import org.protego.identity.StaffMember;
import org.protego.shared.WorkCount;
import org.springframework.stereotype.Component;

/**
 * The number beside Monitoring: overdue commitments whose owners were reminded; every one for a monitor, the ones its
 * organisation owns for a supervisor.
 */
@Component
class OverdueCommitmentsCount implements WorkCount {

    private final Commitments commitments;

    OverdueCommitmentsCount(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public Item item() {
        return Item.COMMITMENTS;
    }

    @Override
    public Set<String> roles() {
        return Set.of("MONITOR", "SUPERVISOR");
    }

    @Override
    public long count(UUID organisationId) {
        boolean monitor = StaffMember.current().map(me -> me.hasRole("MONITOR")).orElse(false);
        return commitments.reminded(monitor ? null : organisationId);
    }
}
