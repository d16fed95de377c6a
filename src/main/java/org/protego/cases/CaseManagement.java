package org.protego.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.StaffMember;
import org.protego.reports.CaseSource;
import org.protego.reports.ReportManagement;
import org.protego.shared.FieldCipher;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.RefusedException;
import org.protego.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers children's cases, shows them to those who need to know, and records every change as a new version. */
@Service
public class CaseManagement {

    static final int PAGE_SIZE = 50;
    static final String DATE_OF_BIRTH_PURPOSE = "case date of birth";

    private final Cases cases;
    private final CaseNames names;
    private final CaseAccess access;
    private final CaseVersions versions;
    private final CaseSettings settings;
    private final ReportManagement reports;
    private final IdentityManagement identity;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OptionLists optionLists;

    CaseManagement(
            Cases cases,
            CaseNames names,
            CaseAccess access,
            CaseVersions versions,
            CaseSettings settings,
            ReportManagement reports,
            IdentityManagement identity,
            FieldCipher cipher,
            AuditTrail auditTrail,
            ApplicationEventPublisher events,
            Clock clock,
            OptionLists optionLists) {
        this.cases = cases;
        this.names = names;
        this.access = access;
        this.versions = versions;
        this.settings = settings;
        this.reports = reports;
        this.identity = identity;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
        this.optionLists = optionLists;
    }

    /**
     * Registers a child: the case belongs to the case worker's organisation and is assigned to them and their team.
     * The answer lists the cases the case worker may see that could be the same child.
     */
    @PreAuthorize("hasRole('CASE_WORKER')")
    @Transactional
    public RegisteredCase register(RegisterCase command) {
        StaffMember me = StaffMember.required();
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>(CaseDetailsRules.problemsOf(command.details(), today));
        optionLists.problemsOf(command.child()).stream()
                .filter(problem ->
                        problems.stream().noneMatch(known -> known.field().equals(problem.field())))
                .forEach(problems::add);
        CaseOrigin origin = CaseOrigin.DIRECT;
        String reportReference = TypedText.orNullIfBlank(command.reportReference());
        if (reportReference != null) {
            CaseSource source = reports.caseSource(reportReference).orElse(null);
            if (source == null) {
                problems.add(new FieldProblem("reportReference", CaseError.REPORT_UNKNOWN));
            } else {
                reportReference = source.reference();
                origin = source.helplineContact() ? CaseOrigin.HELPLINE_CONTACT : CaseOrigin.REPORT;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CaseDetails details = ChildCase.normalised(command.details(), today);
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        ChildCase registered = new ChildCase(
                id,
                me.organisationId(),
                cases.nextCaseNumber(today.getYear()),
                1,
                CaseState.OPEN,
                origin,
                reportReference,
                me.userId(),
                identity.teamOf(me.userId()).orElse(null),
                now,
                now,
                details,
                null);
        List<CaseSummary> duplicates = possibleDuplicates(registered, access.scopeOfCurrentStaffMember());
        cases.insert(registered, dateOfBirthIndex(details));
        names.index(registered);
        cases.insertChanges(id, 1, me.username(), now, ChildCase.differences(emptyDetails(), details));
        auditTrail.record(
                "case.registered",
                "case",
                id.toString(),
                "number=" + registered.caseNumber() + " origin=" + origin.code()
                        + (reportReference == null ? "" : " report=" + reportReference));
        if (!duplicates.isEmpty()) {
            access.auditRead("case.possible-duplicates-viewed", id, ReadPurpose.DUPLICATE_CHECK);
        }
        events.publishEvent(new CaseRegistered(
                id,
                me.organisationId(),
                details.child().sex(),
                registered.ageBand().label(),
                details.child().nationality(),
                details.formsOfExploitation(),
                details.trafficked(),
                details.unaccompanied(),
                origin.code(),
                now,
                details.separated()));
        return new RegisteredCase(id, registered.caseNumber(), 1, duplicates);
    }

    /**
     * A case, for a case worker or supervisor who may see it, or for a supervisor of its organisation while a
     * best-interests determination waits for its panel; the read is audited with its purpose.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseView open(UUID caseId, ReadPurpose purpose) {
        CaseAccess.Reading reading = access.readableCase(caseId, purpose);
        access.auditRead("case.viewed", caseId, reading.purpose());
        return viewOf(reading.childCase());
    }

    /**
     * Changes a case's details, made against the version the caller read: an older version is refused with what
     * changed since, and nothing is overwritten.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseView change(UUID caseId, long expectedVersion, CaseDetails change) {
        ChildCase before = access.visibleCase(caseId);
        List<FieldProblem> optionProblems = optionLists.problemsOf(change.child());
        if (!optionProblems.isEmpty()) {
            throw new InvalidRequestException(optionProblems);
        }
        long current = versions.lockCurrent(caseId, expectedVersion);
        ChildCase locked = cases.byId(caseId).orElseThrow();
        CaseDetails after = locked.changedBy(change, today());
        List<FieldChange> changes = ChildCase.differences(locked.details(), after);
        if (changes.isEmpty()) {
            return viewOf(before);
        }
        long next = current + 1;
        var now = clock.instant();
        ChildCase changed = withDetails(locked, next, after);
        cases.updateDetails(caseId, next, after, changed.ageBand(), dateOfBirthIndex(after), now);
        cases.insertChanges(caseId, next, StaffMember.required().username(), now, changes);
        names.index(changed);
        auditTrail.record(
                "case.changed",
                "case",
                caseId.toString(),
                "version=" + next + " fields="
                        + changes.stream().map(FieldChange::field).toList());
        return viewOf(cases.byId(caseId).orElseThrow());
    }

    /**
     * Appoints the guardian of an unaccompanied or separated child; the case then shows how long the child waited.
     * {@code expectedVersion} may be null for an API client that does not send one.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public CaseView appointGuardian(UUID caseId, Long expectedVersion, Guardian guardian) {
        ChildCase childCase = access.visibleCase(caseId);
        childCase.requireEditable();
        if (!childCase.needsGuardian()) {
            throw new RefusedException(CaseError.GUARDIAN_NOT_NEEDED);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = TypedText.orNullIfBlank(guardian.name());
        String organisation = TypedText.orNullIfBlank(guardian.organisation());
        if (name == null
                || name.length() > CaseDetailsRules.MAX_NAME
                || TypedText.hasForbiddenControlCharacters(name)) {
            problems.add(new FieldProblem("name", CaseError.GUARDIAN_NAME_INVALID));
        }
        if (organisation != null
                && (organisation.length() > CaseDetailsRules.MAX_NAME
                        || TypedText.hasForbiddenControlCharacters(organisation))) {
            problems.add(new FieldProblem(
                    "organisation", CaseError.TEXT_INVALID, String.valueOf(CaseDetailsRules.MAX_NAME)));
        }
        var appointedAt = guardian.appointedAt() == null ? clock.instant() : guardian.appointedAt();
        if (appointedAt.isAfter(clock.instant().plusSeconds(60))) {
            problems.add(new FieldProblem("appointedAt", CaseError.APPOINTMENT_IN_FUTURE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Guardian appointed = new Guardian(name.trim(), organisation == null ? null : organisation.trim(), appointedAt);
        Guardian was = childCase.guardian();
        versions.record(
                caseId,
                expectedVersion,
                List.of(new FieldChange("guardian", was == null ? null : describe(was), describe(appointed))));
        cases.setGuardian(caseId, appointed);
        if (was == null) {
            events.publishEvent(new GuardianAppointed(
                    caseId,
                    childCase.organisationId(),
                    childCase.registeredAt(),
                    appointedAt,
                    childCase.details().unaccompanied(),
                    childCase.details().separated()));
        }
        auditTrail.record(
                "case.guardian-appointed",
                "case",
                caseId.toString(),
                "appointedAt=" + appointedAt + " withinHours="
                        + Math.max(
                                0,
                                java.time.Duration.between(childCase.registeredAt(), appointedAt)
                                        .toHours()));
        return viewOf(cases.byId(caseId).orElseThrow());
    }

    /** The cases the caller may see, most recently changed first; listing the names is audited once per page. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<CaseSummary> caseload(int page) {
        CaseScope scope = access.scopeOfCurrentStaffMember();
        List<ChildCase> found = cases.caseload(scope, PAGE_SIZE, Math.max(0, page) * PAGE_SIZE);
        return listed(found, "caseload");
    }

    /**
     * Finds cases the caller may see by case number, by name (spelt differently too) or by date of birth; the
     * listing is audited once.
     */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<CaseSummary> search(String caseNumber, String name, LocalDate dateOfBirth) {
        CaseScope scope = access.scopeOfCurrentStaffMember();
        String number = TypedText.orNullIfBlank(caseNumber);
        String typedName = TypedText.orNullIfBlank(name);
        if (number == null && typedName == null && dateOfBirth == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("name", CaseError.SEARCH_EMPTY)));
        }
        Map<UUID, ChildCase> found = new LinkedHashMap<>();
        if (number != null) {
            cases.byNumber(number.trim().toUpperCase(java.util.Locale.ROOT))
                    .filter(scope::includes)
                    .filter(childCase -> childCase.state() != CaseState.ANONYMISED)
                    .ifPresent(childCase -> found.put(childCase.id(), childCase));
        }
        if (typedName != null) {
            List<UUID> ids = names.search(typedName, scope, PAGE_SIZE).stream()
                    .map(CaseNames.Match::caseId)
                    .toList();
            Map<UUID, ChildCase> byId = new LinkedHashMap<>();
            cases.byIds(ids).forEach(childCase -> byId.put(childCase.id(), childCase));
            ids.stream()
                    .map(byId::get)
                    .filter(childCase -> childCase != null && childCase.state() != CaseState.ANONYMISED)
                    .filter(childCase -> dateOfBirth == null
                            || dateOfBirth.equals(childCase.details().child().dateOfBirth()))
                    .forEach(childCase -> found.putIfAbsent(childCase.id(), childCase));
        } else if (dateOfBirth != null) {
            cases.byDateOfBirthIndex(scope, cipher.blindIndex(DATE_OF_BIRTH_PURPOSE, dateOfBirth.toString()), PAGE_SIZE)
                    .forEach(childCase -> found.putIfAbsent(childCase.id(), childCase));
        }
        return listed(List.copyOf(found.values()), "search");
    }

    /** Who changed which field when, with the values, for those who may see the case; the read is audited. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional
    public List<CaseChange> history(UUID caseId, ReadPurpose purpose) {
        access.visibleCase(caseId);
        access.auditRead("case.history-viewed", caseId, access.purposeOrDefault(purpose));
        return cases.history(caseId);
    }

    private List<CaseSummary> listed(List<ChildCase> found, String listing) {
        if (!found.isEmpty()) {
            auditTrail.record(
                    "case.list-viewed",
                    "case-list",
                    listing,
                    "cases="
                            + found.stream()
                                    .map(childCase -> childCase.id().toString())
                                    .toList());
        }
        return found.stream().map(this::summaryOf).toList();
    }

    private List<CaseSummary> possibleDuplicates(ChildCase registered, CaseScope scope) {
        ChildRecord child = registered.details().child();
        String fullName = String.join(
                " ",
                java.util.stream.Stream.of(child.givenName(), child.familyName())
                        .filter(java.util.Objects::nonNull)
                        .toList());
        List<UUID> ids = names.search(fullName, scope, 10).stream()
                .map(CaseNames.Match::caseId)
                .toList();
        return cases.byIds(ids).stream()
                .filter(other -> other.state() != CaseState.ANONYMISED)
                .filter(other -> other.details().child().sex().equals(child.sex())
                        || "unknown".equals(child.sex())
                        || "unknown".equals(other.details().child().sex()))
                .filter(other -> child.dateOfBirth() == null
                        || other.details().child().dateOfBirth() == null
                        || child.dateOfBirth().equals(other.details().child().dateOfBirth()))
                .sorted(Comparator.comparing(ChildCase::registeredAt).reversed())
                .map(this::summaryOf)
                .toList();
    }

    CaseView viewOf(ChildCase childCase) {
        CaseDetails details = childCase.details();
        String assignee = identity.colleague(childCase.assignedTo())
                .map(org.protego.identity.Colleague::username)
                .orElse(null);
        return new CaseView(
                childCase.id(),
                childCase.caseNumber(),
                childCase.version(),
                childCase.state().code(),
                childCase.origin().code(),
                childCase.reportReference(),
                assignee,
                childCase.team(),
                childCase.registeredAt(),
                childCase.updatedAt(),
                details.child(),
                childCase.ageBand().label(),
                details.formsOfExploitation(),
                details.unaccompanied(),
                details.separated(),
                details.trafficked(),
                details.displaced(),
                details.riskLevel(),
                details.protectionNeeds(),
                childCase.needsGuardian(),
                childCase.guardian(),
                childCase.guardianAppointedWithinHours(),
                childCase.guardianOverdue(settings.guardianAppointmentLimit(), clock.instant()));
    }

    private CaseSummary summaryOf(ChildCase childCase) {
        return new CaseSummary(
                childCase.id(),
                childCase.caseNumber(),
                childCase.details().child().displayName(),
                childCase.details().child().sex(),
                childCase.ageBand().label(),
                childCase.state().code(),
                childCase.details().riskLevel(),
                childCase.guardianOverdue(settings.guardianAppointmentLimit(), clock.instant()),
                childCase.registeredAt(),
                childCase.updatedAt());
    }

    private static ChildCase withDetails(ChildCase was, long version, CaseDetails details) {
        return new ChildCase(
                was.id(),
                was.organisationId(),
                was.caseNumber(),
                version,
                was.state(),
                was.origin(),
                was.reportReference(),
                was.assignedTo(),
                was.team(),
                was.registeredAt(),
                was.updatedAt(),
                details,
                was.guardian());
    }

    private String dateOfBirthIndex(CaseDetails details) {
        return details.child().dateOfBirth() == null
                ? null
                : cipher.blindIndex(
                        DATE_OF_BIRTH_PURPOSE, details.child().dateOfBirth().toString());
    }

    private static String describe(Guardian guardian) {
        return guardian.name() + (guardian.organisation() == null ? "" : " (" + guardian.organisation() + ")") + ", "
                + guardian.appointedAt();
    }

    private static CaseDetails emptyDetails() {
        return new CaseDetails(
                new ChildRecord(null, null, null, null, null, null, null, null, List.of(), List.of()),
                List.of(),
                false,
                false,
                false,
                false,
                null,
                null);
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
