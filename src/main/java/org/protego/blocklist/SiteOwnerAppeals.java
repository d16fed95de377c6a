package org.protego.blocklist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site owners' appeals against entries, recorded by the staff of the organisation owning the list and decided by
 * someone else; an upheld appeal takes the entry off the list with the next version.
 */
@Service
class SiteOwnerAppeals {

    private final Appeals appeals;
    private final Entries entries;
    private final ItemEntries itemEntries;
    private final ListOwner owner;
    private final AuditTrail auditTrail;
    private final Clock clock;

    SiteOwnerAppeals(
            Appeals appeals,
            Entries entries,
            ItemEntries itemEntries,
            ListOwner owner,
            AuditTrail auditTrail,
            Clock clock) {
        this.appeals = appeals;
        this.entries = entries;
        this.itemEntries = itemEntries;
        this.owner = owner;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Records a site owner's appeal against an entry; the appeal belongs to the organisation owning the list. */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional
    public Appeal record(long entryId, String appellant, String grounds) {
        StaffMember member = owner.requireStaff();
        entries.entry(entryId)
                .orElseThrow(() -> new NotFoundException(BlocklistError.ENTRY_UNKNOWN, Long.toString(entryId)));
        Appeal appeal =
                Appeal.record(entryId, appellant, grounds, member.username(), clock.instant(), owner.organisationId());
        appeals.add(appeal);
        auditTrail.record(
                "blocklist.appeal-recorded",
                "blocklist-entry",
                Long.toString(entryId),
                "appeal=" + appeal.id() + " appellant=" + appeal.appellant());
        return appeal;
    }

    /**
     * Decides an appeal of the organisation owning the list; whoever recorded it may not. An upheld appeal takes the
     * entry off the list with the next version, unless it waits in a held version or has left already.
     */
    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional
    public Appeal decide(UUID appealId, boolean upheld, String decision) {
        StaffMember member = owner.requireStaff();
        Appeal appeal = appeals.appealToDecide(appealId)
                .filter(found ->
                        found.organisationId() == null || found.organisationId().equals(member.organisationId()))
                .orElseThrow(() -> new NotFoundException(BlocklistError.APPEAL_UNKNOWN, appealId.toString()));
        Instant now = clock.instant();
        Appeal decided = appeal.decide(upheld, decision, member.username(), now);
        appeals.save(decided);
        if (upheld) {
            entries.entryToChange(appeal.entryId())
                    .filter(BlocklistEntry::canBeUnlisted)
                    .ifPresent(entry -> itemEntries.unlist(entry, now, member.username()));
        }
        auditTrail.record(
                "blocklist.appeal-decided",
                "blocklist-entry",
                Long.toString(appeal.entryId()),
                "appeal=" + appealId + (upheld ? " upheld" : " dismissed"));
        return decided;
    }

    @PreAuthorize(BlocklistManagement.LIST_STAFF)
    @Transactional(readOnly = true)
    public List<Appeal> appeals() {
        return appeals.appealsOf(owner.requireStaff().organisationId());
    }
}
