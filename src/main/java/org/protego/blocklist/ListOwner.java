package org.protego.blocklist;

import java.util.UUID;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The national block list belongs to the hotline organisation: only its analysts and supervisors publish it, approve
 * or reject held versions, list domains whole and handle appeals. Others who may read it still read published
 * versions.
 */
@Component
class ListOwner {

    private final IdentityManagement identity;
    private final Appeals appeals;
    private volatile UUID organisationId;

    ListOwner(IdentityManagement identity, Appeals appeals) {
        this.identity = identity;
        this.appeals = appeals;
    }

    /** The organisation that owns the list; it never changes while Protego runs. */
    UUID organisationId() {
        UUID known = organisationId;
        if (known == null) {
            known = identity.hotlineOrganisation().id();
            organisationId = known;
        }
        return known;
    }

    /** The current staff member, if they work for the organisation that owns the list; refuses everyone else. */
    StaffMember requireStaff() {
        StaffMember member = StaffMember.required();
        if (!member.organisationId().equals(organisationId())) {
            throw new AccessDeniedException("Only the staff of the organisation that owns the block list change it.");
        }
        return member;
    }

    /** Appeals recorded before appeals had owners are the hotline organisation's (V20 could not name it). */
    @EventListener(ApplicationStartedEvent.class)
    void ownUnownedAppeals() {
        appeals.assignUnowned(organisationId());
    }
}
