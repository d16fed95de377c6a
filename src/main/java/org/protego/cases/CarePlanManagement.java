package org.protego.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's care plan (goals, needs and planned services, each due by a date) and the follow-up visits and contacts
 * that keep the child safe after registration. Every change makes a new version of the case; every read of what may
 * identify the child is audited with its purpose.
 */
@Service
public class CarePlanManagement {

    private final CaseAccess access;
    private final CaseVersions versions;
    private final CarePlanItems items;
    private final FollowUps followUps;
    private final CaseSettings settings;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CarePlanManagement(
            CaseAccess access,
            CaseVersions versions,
            CarePlanItems items,
            FollowUps followUps,
            CaseSettings settings,
            AuditTrail auditTrail,
            Clock clock) {
        this.access = access;
        this.versions = versions;
        this.items = items;
        this.followUps = followUps;
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The care plan of a case the caller may see, soonest due first; the read is audited with its purpose. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CarePlan carePlan(UUID caseId, ReadPurpose purpose) {
        ChildCase childCase = access.visibleCase(caseId);
        access.auditRead("case.care-plan-viewed", caseId, access.purposeOrDefault(purpose));
        return new CarePlan(
                childCase.version(),
                items.ofCase(caseId).stream()
                        .map(item -> viewOf(item, childCase.state()))
                        .toList());
    }

    /**
     * Adds a goal, need or planned service to the care plan of an open case; {@code expectedVersion} may be null for
     * an API client that does not send one.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public Versioned<CarePlanItemView> addItem(UUID caseId, Long expectedVersion, AddCarePlanItem command) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        CarePlanItem item = CarePlanItem.planned(caseId, command, today(), me(), clock.instant());
        long version = versions.record(
                caseId, expectedVersion, List.of(new FieldChange("carePlan.item", null, item.describe())));
        items.insert(item);
        auditTrail.record(
                "case.care-plan-item-added",
                "case",
                caseId.toString(),
                "item=" + item.id() + " kind=" + item.kind().code() + " dueOn=" + item.dueOn() + " version=" + version);
        return new Versioned<>(version, viewOf(item, childCase.state()));
    }

    /** Marks a care-plan item done or cancelled (with a reason), or opens it again. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public Versioned<CarePlanItemView> changeItemStatus(
            UUID caseId, UUID itemId, Long expectedVersion, ChangeCarePlanItemStatus change) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        // Locked first, so that two status changes sent without a version cannot both start from the same status.
        versions.lockCurrent(caseId, expectedVersion);
        CarePlanItem was = items.byId(caseId, itemId)
                .orElseThrow(() -> new NotFoundException(CaseError.CARE_PLAN_ITEM_NOT_FOUND, itemId));
        CarePlanItem changed = was.changedTo(change, me(), clock.instant());
        long version = versions.record(
                caseId,
                expectedVersion,
                List.of(new FieldChange(
                        "carePlan.item.status",
                        was.describe() + " — " + was.describeStatus(),
                        changed.describe() + " — " + changed.describeStatus())));
        items.updateStatus(changed);
        auditTrail.record(
                "case.care-plan-item-status-changed",
                "case",
                caseId.toString(),
                "item=" + itemId + " from=" + was.status().code() + " to="
                        + changed.status().code() + " version=" + version);
        return new Versioned<>(version, viewOf(changed, childCase.state()));
    }

    /**
     * The follow-ups of a case the caller may see, latest first, and when the next one is due; the read is audited
     * with its purpose.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public FollowUpPlan followUps(UUID caseId, ReadPurpose purpose) {
        ChildCase childCase = access.visibleCase(caseId);
        access.auditRead("case.follow-ups-viewed", caseId, access.purposeOrDefault(purpose));
        return planOf(childCase, childCase.version(), followUps.ofCase(caseId));
    }

    /**
     * Records a visit or contact with the child of an open case, and when the next one is due if the case worker
     * sets it; {@code expectedVersion} may be null for an API client that does not send one.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public Versioned<FollowUpView> recordFollowUp(UUID caseId, Long expectedVersion, RecordFollowUp command) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        FollowUp followUp = FollowUp.recorded(
                caseId, command, DueDates.dayOf(childCase.registeredAt()), today(), me(), clock.instant());
        long version = versions.record(
                caseId, expectedVersion, List.of(new FieldChange("followUp", null, followUp.describe())));
        followUps.insert(followUp);
        auditTrail.record(
                "case.follow-up-recorded",
                "case",
                caseId.toString(),
                "followUp=" + followUp.id() + " kind=" + followUp.kind().code() + " happenedOn=" + followUp.happenedOn()
                        + " nextDueOn=" + followUp.nextDueOn() + " version=" + version);
        return new Versioned<>(version, viewOf(followUp));
    }

    private FollowUpPlan planOf(ChildCase childCase, long version, List<FollowUp> recorded) {
        LocalDate nextDue = DueDates.nextFollowUpDue(
                        DueDates.dayOf(childCase.registeredAt()), settings.firstFollowUpWithin(), recorded)
                .orElse(null);
        return new FollowUpPlan(
                version,
                nextDue,
                DueDates.isOverdue(nextDue, today(), childCase.state()),
                recorded.stream()
                        .sorted(DueDates.LATEST_FIRST)
                        .map(this::viewOf)
                        .toList());
    }

    private CarePlanItemView viewOf(CarePlanItem item, CaseState caseState) {
        return new CarePlanItemView(
                item.id(),
                item.kind().code(),
                item.description(),
                item.responsible(),
                item.dueOn(),
                item.status().code(),
                item.reason(),
                item.overdueOn(today(), caseState),
                item.createdBy(),
                item.createdAt(),
                item.statusChangedBy(),
                item.statusChangedAt());
    }

    private FollowUpView viewOf(FollowUp followUp) {
        return new FollowUpView(
                followUp.id(),
                followUp.kind().code(),
                followUp.happenedOn(),
                followUp.notes(),
                followUp.nextDueOn(),
                followUp.recordedBy(),
                followUp.recordedAt());
    }

    private static String me() {
        return StaffMember.required().username();
    }

    private LocalDate today() {
        return DueDates.dayOf(clock.instant());
    }
}
