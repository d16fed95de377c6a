package org.protego.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Organisation;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a case over to another organisation, which must accept it. Until it does, the receiving organisation sees
 * only that a case is offered (number, sender, time, reason), never the child; once it accepts, the case is its own
 * and the sender no longer sees it.
 */
@Service
public class TransferManagement {

    private final Cases cases;
    private final Transfers transfers;
    private final CaseNames names;
    private final CaseAccess access;
    private final CaseVersions versions;
    private final ConsentPolicy consent;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Clock clock;

    TransferManagement(
            Cases cases,
            Transfers transfers,
            CaseNames names,
            CaseAccess access,
            CaseVersions versions,
            ConsentPolicy consent,
            IdentityManagement identity,
            AuditTrail auditTrail,
            Clock clock) {
        this.cases = cases;
        this.transfers = transfers;
        this.names = names;
        this.access = access;
        this.versions = versions;
        this.consent = consent;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Asks another organisation, named exactly, to take an open case over, saying why. Needs the child's consent to
     * share information with that organisation. {@code expectedVersion} may be null for an API client.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public TransferView requestTransfer(UUID caseId, Long expectedVersion, String organisationName, String reason) {
        ChildCase seen = access.visibleCase(caseId);
        Organisation receiver = identity.organisationNamed(organisationName).orElse(null);
        if (receiver == null) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("organisation", CaseError.TRANSFER_ORGANISATION_UNKNOWN)));
        }
        if (receiver.id().equals(seen.organisationId())) {
            throw new InvalidRequestException(
                    List.of(new FieldProblem("organisation", CaseError.TRANSFER_TO_SAME_ORGANISATION)));
        }
        String why = MoveReasons.required("reason", reason);
        ChildCase locked = locked(caseId, expectedVersion);
        CaseState next = CaseLifecycle.Move.REQUEST_TRANSFER.from(locked.state());
        consent.require(caseId, ConsentPurpose.INFORMATION_SHARING, receiver.name());
        StaffMember me = StaffMember.required();
        Instant now = clock.instant();
        versions.record(
                caseId,
                expectedVersion,
                List.of(
                        ClosureManagement.stateChange(locked.state(), next),
                        new FieldChange("transfer.organisation", null, receiver.name()),
                        new FieldChange("transfer.reason", null, why)));
        UUID transferId = UUID.randomUUID();
        transfers.insert(transferId, caseId, locked.organisationId(), receiver.id(), why, me.username(), now);
        cases.setState(caseId, next);
        auditTrail.record(
                "case.transfer-requested",
                "case",
                caseId.toString(),
                "transfer=" + transferId + " to=" + receiver.id());
        return viewOf(transfers.byId(transferId).orElseThrow(), new HashMap<>());
    }

    /** Withdraws the case's pending transfer before the receiving organisation answers; the case is open again. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseStatus cancelTransfer(UUID caseId, Long expectedVersion) {
        access.visibleCase(caseId);
        ChildCase locked = locked(caseId, expectedVersion);
        CaseState next = CaseLifecycle.Move.CANCEL_TRANSFER.from(locked.state());
        Transfers.Transfer pending = transfers.pendingOf(caseId).orElseThrow();
        long version = versions.record(
                caseId,
                expectedVersion,
                List.of(
                        ClosureManagement.stateChange(locked.state(), next),
                        new FieldChange("transfer.answer", null, "cancelled")));
        transfers.answer(
                pending.id(), Transfers.CANCELLED, StaffMember.required().username(), clock.instant(), null);
        cases.setState(caseId, next);
        auditTrail.record("case.transfer-cancelled", "case", caseId.toString(), "transfer=" + pending.id());
        return new CaseStatus(caseId, locked.caseNumber(), version, next.code());
    }

    /** The transfers waiting for the caller's organisation to answer: no child's data, only what the sender said. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<IncomingTransfer> incoming() {
        access.scopeOfCurrentStaffMember();
        Map<UUID, String> names = new HashMap<>();
        return transfers.incomingTo(StaffMember.required().organisationId()).stream()
                .map(transfer -> new IncomingTransfer(
                        transfer.id(),
                        transfer.caseNumber(),
                        names.computeIfAbsent(transfer.fromOrganisationId(), identity::organisationName),
                        transfer.requestedAt(),
                        transfer.reason()))
                .toList();
    }

    /**
     * Accepts a transfer offered to the caller's organisation: the case becomes the organisation's, assigned to the
     * caller and their team, and open. Another organisation's transfer answers 404.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseStatus accept(UUID transferId) {
        Transfers.Transfer offered = offeredToMe(transferId);
        UUID caseId = offered.caseId();
        ChildCase locked = locked(caseId, null);
        CaseState next = CaseLifecycle.Move.ACCEPT_TRANSFER.from(locked.state());
        StaffMember me = StaffMember.required();
        String team = identity.teamOf(me.userId()).orElse(null);
        String sender = identity.organisationName(offered.fromOrganisationId());
        long version = versions.record(
                caseId,
                null,
                List.of(
                        ClosureManagement.stateChange(locked.state(), next),
                        new FieldChange("transfer.answer", null, "accepted"),
                        new FieldChange("organisation", sender, me.organisationName()),
                        new FieldChange(
                                "assignedTo",
                                identity.colleague(locked.assignedTo())
                                        .map(org.protego.identity.Colleague::username)
                                        .orElse(null),
                                me.username()),
                        new FieldChange("team", locked.team(), team)));
        transfers.answer(transferId, Transfers.ACCEPTED, me.username(), clock.instant(), null);
        transfers.moveCase(caseId, me.organisationId(), me.userId(), team);
        cases.setState(caseId, next);
        names.index(cases.byId(caseId).orElseThrow());
        auditTrail.record(
                "case.transfer-accepted",
                "case",
                caseId.toString(),
                "transfer=" + transferId + " from=" + offered.fromOrganisationId());
        return new CaseStatus(caseId, locked.caseNumber(), version, next.code());
    }

    /** Declines a transfer offered to the caller's organisation, saying why; the case stays open with the sender. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public void decline(UUID transferId, String reason) {
        Transfers.Transfer offered = offeredToMe(transferId);
        String why = MoveReasons.required("reason", reason);
        UUID caseId = offered.caseId();
        ChildCase locked = locked(caseId, null);
        CaseState next = CaseLifecycle.Move.DECLINE_TRANSFER.from(locked.state());
        versions.record(
                caseId,
                null,
                List.of(
                        ClosureManagement.stateChange(locked.state(), next),
                        new FieldChange("transfer.answer", null, "declined"),
                        new FieldChange("transfer.declineReason", null, why)));
        transfers.answer(transferId, Transfers.DECLINED, StaffMember.required().username(), clock.instant(), why);
        cases.setState(caseId, next);
        auditTrail.record(
                "case.transfer-declined",
                "case",
                caseId.toString(),
                "transfer=" + transferId + " by=" + offered.toOrganisationId());
    }

    /** Every transfer of a case the caller may see, newest first, with reasons; the read is audited. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<TransferView> transfers(UUID caseId, ReadPurpose purpose) {
        access.visibleCase(caseId);
        Map<UUID, String> names = new HashMap<>();
        List<TransferView> found = transfers.ofCase(caseId).stream()
                .map(transfer -> viewOf(transfer, names))
                .toList();
        if (!found.isEmpty()) {
            access.auditRead("case.transfers-viewed", caseId, access.purposeOrDefault(purpose));
        }
        return found;
    }

    private Transfers.Transfer offeredToMe(UUID transferId) {
        access.scopeOfCurrentStaffMember();
        UUID mine = StaffMember.required().organisationId();
        return transfers
                .byId(transferId)
                .filter(transfer -> transfer.toOrganisationId().equals(mine))
                .filter(transfer -> transfer.state().equals(Transfers.PENDING))
                .orElseThrow(() -> new NotFoundException(CaseError.TRANSFER_NOT_FOUND, transferId));
    }

    private ChildCase locked(UUID caseId, Long expectedVersion) {
        versions.lockCurrent(caseId, expectedVersion);
        return cases.byId(caseId).orElseThrow();
    }

    private TransferView viewOf(Transfers.Transfer transfer, Map<UUID, String> names) {
        return new TransferView(
                transfer.id(),
                transfer.caseId(),
                transfer.caseNumber(),
                names.computeIfAbsent(transfer.fromOrganisationId(), identity::organisationName),
                names.computeIfAbsent(transfer.toOrganisationId(), identity::organisationName),
                transfer.reason(),
                transfer.requestedByName(),
                transfer.requestedAt(),
                transfer.state().toLowerCase(Locale.ROOT),
                transfer.decidedByName(),
                transfer.decidedAt(),
                transfer.declineReason());
    }
}
