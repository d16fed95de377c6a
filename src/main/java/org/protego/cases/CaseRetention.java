package org.protego.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.protego.shared.TypedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: how long closed cases and their histories are kept, legal holds that stop the clock, a dry run that
 * shows what the next run would do, and the run that anonymises due cases. The audit log is never purged.
 */
@Service
class CaseRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);

    static final int MAX_REASON = 1000;
    /** Cases handled per query; a run takes batches until none is left. */
    static final int BATCH = 500;

    /** A closed case retention would act on, as an administrator sees it: nothing about the child. */
    record DueCase(UUID caseId, String caseNumber, Instant closedAt, String organisation) {}

    /**
     * What a run would do now, changing nothing.
     *
     * @param anonymise closed cases past their retention, not on hold
     * @param emptyHistoryValues closed cases whose history values are past theirs (and that are not anonymised now)
     * @param keptByLegalHold closed cases past their retention that a legal hold keeps
     */
    record RetentionPlan(
            Instant at, List<DueCase> anonymise, List<DueCase> emptyHistoryValues, List<DueCase> keptByLegalHold) {}

    /** What a run did: the case numbers it anonymised and those whose history values it emptied. */
    record RetentionOutcome(Instant at, List<String> anonymised, List<String> historyValuesEmptied) {}

    /** A case's legal hold as those who may place one see it; {@code held} false once lifted. */
    record LegalHoldView(
            UUID caseId,
            String caseNumber,
            long version,
            boolean held,
            String reason,
            String placedBy,
            Instant placedAt) {}

    /** A held case as an administrator lists it. */
    record HeldCase(UUID caseId, String caseNumber, String organisation, String placedBy, Instant placedAt) {}

    private final RetentionPolicies policies;
    private final LegalHolds holds;
    private final RetainedCases retained;
    private final Cases cases;
    private final CaseAccess access;
    private final CaseVersions versions;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final List<CaseRetentionPart> parts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CaseRetention(
            RetentionPolicies policies,
            LegalHolds holds,
            RetainedCases retained,
            Cases cases,
            CaseAccess access,
            CaseVersions versions,
            IdentityManagement identity,
            AuditTrail auditTrail,
            List<CaseRetentionPart> parts,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.policies = policies;
        this.holds = holds;
        this.retained = retained;
        this.cases = cases;
        this.access = access;
        this.versions = versions;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.parts = parts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The retention of every kind of record. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RetentionPolicies.Policy> policies() {
        return policies.all();
    }

    /** Sets how many years after closure a kind of record is kept (1 to 100); the audit log's cannot be set. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RetentionPolicies.Policy changePolicy(String recordType, Integer years) {
        RetainedRecord kind = RetainedRecord.fromCode(recordType == null ? "" : recordType)
                .orElseThrow(() -> new NotFoundException(CaseError.RETENTION_TYPE_UNKNOWN, recordType));
        if (!kind.expires()) {
            throw new RefusedException(CaseError.RETENTION_AUDIT_KEPT);
        }
        if (!RetentionPeriod.allowed(years)) {
            throw new InvalidRequestException(List.of(new FieldProblem(
                    "anonymiseAfterYears",
                    CaseError.RETENTION_YEARS_INVALID,
                    String.valueOf(RetentionPeriod.SHORTEST),
                    String.valueOf(RetentionPeriod.LONGEST))));
        }
        Integer was = policies.of(kind)
                .map(RetentionPolicies.Policy::anonymiseAfterYears)
                .orElse(null);
        policies.set(kind, years, StaffMember.required().username(), clock.instant());
        auditTrail.record("retention.policy-changed", "retention-policy", kind.code(), "years=" + was + "->" + years);
        return policies.of(kind).orElseThrow();
    }

    /** What a run would anonymise and empty now; changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public RetentionPlan dryRun() {
        Instant now = clock.instant();
        Map<UUID, String> organisations = new HashMap<>();
        List<DueCase> anonymise = new ArrayList<>();
        List<DueCase> kept = new ArrayList<>();
        policies.periodOf(RetainedRecord.CLOSED_CASE)
                .ifPresent(period -> retained.closedAtOrBefore(period.closedAtOrBefore(now), true, BATCH)
                        .forEach(closed -> (closed.onLegalHold() ? kept : anonymise).add(due(closed, organisations))));
        Set<UUID> anonymised = anonymise.stream().map(DueCase::caseId).collect(Collectors.toSet());
        List<DueCase> histories = policies.periodOf(RetainedRecord.CASE_HISTORY)
                .map(period -> retained.withHistoryValuesClosedAtOrBefore(period.closedAtOrBefore(now), BATCH).stream()
                        .filter(closed -> !anonymised.contains(closed.caseId()))
                        .map(closed -> due(closed, organisations))
                        .toList())
                .orElse(List.of());
        return new RetentionPlan(now, anonymise, histories, kept);
    }

    /** Anonymises every due closed case and empties every due history, each case in its own transaction. */
    @PreAuthorize("hasRole('ADMIN')")
    public RetentionOutcome run() {
        return runNow();
    }

    /** The run itself, for the schedule, which acts as the system. */
    RetentionOutcome runNow() {
        Instant now = clock.instant();
        List<String> anonymised = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        Optional<RetentionPeriod> casePeriod = policies.periodOf(RetainedRecord.CLOSED_CASE);
        if (casePeriod.isPresent()) {
            Instant before = casePeriod.get().closedAtOrBefore(now);
            inBatches(
                    () -> retained.closedAtOrBefore(before, false, BATCH),
                    closed -> transactions.execute(status -> anonymise(closed.caseId(), casePeriod.get(), now)),
                    anonymised);
        }
        Optional<RetentionPeriod> historyPeriod = policies.periodOf(RetainedRecord.CASE_HISTORY);
        if (historyPeriod.isPresent()) {
            Instant before = historyPeriod.get().closedAtOrBefore(now);
            inBatches(
                    () -> retained.withHistoryValuesClosedAtOrBefore(before, BATCH),
                    closed -> transactions.execute(status -> emptyHistory(closed.caseId(), historyPeriod.get(), now)),
                    emptied);
        }
        transactions.executeWithoutResult(status -> auditTrail.record(
                "retention.run",
                "retention",
                "cases",
                "anonymised=" + anonymised.size() + " historiesEmptied=" + emptied.size()));
        return new RetentionOutcome(now, anonymised, emptied);
    }

    /** Places a legal hold: the case is then never anonymised, nor its history emptied, until the hold is lifted. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public LegalHoldView placeHold(UUID caseId, Long expectedVersion, String reason) {
        ChildCase childCase = holdable(caseId);
        String given = TypedText.orNullIfBlank(reason);
        if (given == null || given.length() > MAX_REASON || TypedText.hasForbiddenControlCharacters(given)) {
            throw new InvalidRequestException(List.of(
                    new FieldProblem("reason", CaseError.LEGAL_HOLD_REASON_INVALID, String.valueOf(MAX_REASON))));
        }
        long version = versions.lockCurrent(caseId, expectedVersion);
        if (holds.holds(caseId)) {
            throw new RefusedException(CaseError.LEGAL_HOLD_ALREADY_PLACED);
        }
        long next = versions.record(
                caseId, version, List.of(new FieldChange("legalHold", null, "placed: " + given.strip())));
        StaffMember me = StaffMember.required();
        LegalHolds.Hold hold = new LegalHolds.Hold(caseId, given.strip(), me.username(), clock.instant());
        holds.place(hold);
        auditTrail.record("case.legal-hold-placed", "case", caseId.toString(), "version=" + next);
        return new LegalHoldView(
                caseId, childCase.caseNumber(), next, true, hold.reason(), hold.placedBy(), hold.placedAt());
    }

    /** Lifts a legal hold; the retention clock of a closed case counts from its closure again. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Transactional
    public LegalHoldView liftHold(UUID caseId, Long expectedVersion, String reason) {
        ChildCase childCase = holdable(caseId);
        String given = TypedText.orNullIfBlank(reason);
        if (given != null && (given.length() > MAX_REASON || TypedText.hasForbiddenControlCharacters(given))) {
            throw new InvalidRequestException(List.of(
                    new FieldProblem("reason", CaseError.LEGAL_HOLD_REASON_INVALID, String.valueOf(MAX_REASON))));
        }
        long version = versions.lockCurrent(caseId, expectedVersion);
        LegalHolds.Hold was = holds.of(caseId).orElseThrow(() -> new RefusedException(CaseError.LEGAL_HOLD_NOT_PLACED));
        long next = versions.record(
                caseId,
                version,
                List.of(new FieldChange(
                        "legalHold",
                        "placed: " + was.reason(),
                        given == null ? "lifted" : "lifted: " + given.strip())));
        holds.lift(caseId);
        auditTrail.record("case.legal-hold-lifted", "case", caseId.toString(), "version=" + next);
        return new LegalHoldView(caseId, childCase.caseNumber(), next, false, null, null, null);
    }

    /** The legal hold of a case the caller may see, if it has one. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Optional<LegalHoldView> holdOf(UUID caseId) {
        ChildCase childCase = access.visibleCase(caseId);
        return holds.of(caseId)
                .map(hold -> new LegalHoldView(
                        caseId,
                        childCase.caseNumber(),
                        childCase.version(),
                        true,
                        hold.reason(),
                        hold.placedBy(),
                        hold.placedAt()));
    }

    /** Every case on legal hold, without reasons or anything about the child. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<HeldCase> heldCases() {
        Map<UUID, String> organisations = new HashMap<>();
        return holds.all().stream()
                .map(held -> new HeldCase(
                        held.caseId(),
                        held.caseNumber(),
                        organisations.computeIfAbsent(held.organisationId(), identity::organisationName),
                        held.placedBy(),
                        held.placedAt()))
                .toList();
    }

    /**
     * An administrator holds any case of the deployment by its id (retention is the deployment's, and the dry run
     * lists every organisation's cases); a supervisor only a case they may see.
     */
    private ChildCase holdable(UUID caseId) {
        if (StaffMember.required().has(Role.ADMIN)) {
            return cases.byId(caseId)
                    .filter(childCase -> childCase.state() != CaseState.ANONYMISED)
                    .orElseThrow(() -> new NotFoundException(CaseError.CASE_NOT_FOUND, caseId));
        }
        return access.visibleCase(caseId);
    }

    private String anonymise(UUID caseId, RetentionPeriod period, Instant now) {
        versions.lockCurrent(caseId, null);
        ChildCase childCase = cases.byId(caseId).orElseThrow();
        Instant closedAt = retained.closedAt(caseId).orElse(null);
        if (!period.due(childCase.state(), closedAt, holds.holds(caseId), now)) {
            return null;
        }
        ChildRecord child = childCase.details().child();
        parts.forEach(part -> part.anonymise(caseId));
        retained.anonymise(
                caseId,
                new ChildRecord(
                        null, null, null, child.sex(), null, null, null, child.nationality(), List.of(), List.of()));
        versions.record(
                caseId, null, List.of(new FieldChange("state", CaseState.CLOSED.code(), CaseState.ANONYMISED.code())));
        cases.setState(caseId, CaseState.ANONYMISED);
        auditTrail.record(
                "case.anonymised",
                "case",
                caseId.toString(),
                "number=" + childCase.caseNumber() + " closedAt=" + closedAt + " afterYears=" + period.years());
        return childCase.caseNumber();
    }

    private String emptyHistory(UUID caseId, RetentionPeriod period, Instant now) {
        versions.lockCurrent(caseId, null);
        ChildCase childCase = cases.byId(caseId).orElseThrow();
        Instant closedAt = retained.closedAt(caseId).orElse(null);
        if (!period.due(childCase.state(), closedAt, holds.holds(caseId), now)) {
            return null;
        }
        int lines = retained.emptyHistoryValues(caseId);
        // A line without values, so that the history itself says when its values went.
        versions.record(caseId, null, List.of(new FieldChange("historyValues", null, null)));
        auditTrail.record(
                "case.history-values-emptied",
                "case",
                caseId.toString(),
                "number=" + childCase.caseNumber() + " lines=" + lines + " afterYears=" + period.years());
        return childCase.caseNumber();
    }

    /** Takes batches until one comes back short or nothing in it could be done (a case that keeps failing). */
    private static void inBatches(
            java.util.function.Supplier<List<RetainedCases.ClosedCase>> batch,
            java.util.function.Function<RetainedCases.ClosedCase, String> act,
            List<String> done) {
        while (true) {
            List<RetainedCases.ClosedCase> due = batch.get();
            int before = done.size();
            for (RetainedCases.ClosedCase closed : due) {
                try {
                    String caseNumber = act.apply(closed);
                    if (caseNumber != null) {
                        done.add(caseNumber);
                    }
                } catch (RuntimeException failed) {
                    // One case that cannot be anonymised (a key gone, a row locked too long) must not keep the others.
                    log.warn("Retention could not handle case {}", closed.caseNumber(), failed);
                }
            }
            if (due.size() < BATCH || done.size() == before) {
                return;
            }
        }
    }

    private DueCase due(RetainedCases.ClosedCase closed, Map<UUID, String> organisations) {
        return new DueCase(
                closed.caseId(),
                closed.caseNumber(),
                closed.closedAt(),
                organisations.computeIfAbsent(closed.organisationId(), identity::organisationName));
    }
}
