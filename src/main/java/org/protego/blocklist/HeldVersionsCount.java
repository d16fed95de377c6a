package org.protego.blocklist;

import java.util.Set;
import java.util.UUID;
import org.protego.identity.IdentityManagement;
import org.protego.shared.WorkCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The number beside the block list in the staff navigation bar: versions held for a second person's decision. Only
 * the staff of the organisation that owns the list decide them, so everyone else sees no number.
 */
@Component
class HeldVersionsCount implements WorkCount {

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private volatile UUID owner;

    HeldVersionsCount(JdbcClient jdbc, IdentityManagement identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    @Override
    public Item item() {
        return Item.BLOCKLIST;
    }

    @Override
    public Set<String> roles() {
        return Set.of("ANALYST", "SUPERVISOR");
    }

    @Override
    public long count(UUID organisationId) {
        if (!organisationId.equals(owner())) {
            return 0;
        }
        return jdbc.sql("select count(*) from blocklist_version where state = 'HELD'")
                .query(Long.class)
                .single();
    }

    /** The hotline organisation never changes while Protego runs. */
    private UUID owner() {
        UUID known = owner;
        if (known == null) {
            known = identity.hotlineOrganisation().id();
            owner = known;
        }
        return known;
    }
}
