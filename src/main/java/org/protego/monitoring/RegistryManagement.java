package org.protego.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Organisation;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of codes of conduct. Monitors and administrators record which companies signed which code; a company's
 * own staff read its entry and submit one self-report a year per code (a monitor may submit one on its behalf); monitors
 * assess each self-report. Another company's entry does not exist for a company's staff. Methods are public only for
 * the privilege checks.
 */
@Service
class RegistryManagement {

    static final Set<String> ANSWERS = Set.of("met", "partially_met", "not_met");
    static final List<String> ASSESSMENTS = List.of("met", "partially_met", "not_met", "no_data", "not_yet_assessed");
    static final int FIRST_YEAR = 2000;

    private final Registry registry;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Clock clock;

    RegistryManagement(Registry registry, IdentityManagement identity, AuditTrail auditTrail, Clock clock) {
        this.registry = registry;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MONITOR','ADMIN','COMPANY')")
    @Transactional(readOnly = true)
    public List<RegistryViews.CodeOfConduct> codes() {
        return registry.codes();
    }

    /** Every company of the registry for a monitor or an administrator; a company's staff get their own only. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN','COMPANY')")
    @Transactional(readOnly = true)
    public List<RegistryViews.Company> companies() {
        StaffMember me = StaffMember.required();
        List<UUID> ids = readsAll(me)
                ? registry.companyIds()
                : registry.companyIds().stream()
                        .filter(me.organisationId()::equals)
                        .toList();
        return ids.stream().map(this::company).flatMap(Optional::stream).toList();
    }

    /** Every company of the registry, for the monitoring body's page. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<RegistryViews.Company> registryPage() {
        return allCompanies();
    }

    /** One company's entry on the monitoring body's pages, which a company's own staff do not open. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional(readOnly = true)
    public RegistryViews.Company registryEntry(UUID id) {
        return company(id).orElseThrow(() -> new NotFoundException(MonitoringError.COMPANY_UNKNOWN));
    }

    /** One company's entry; 404 for a company's staff asking about another company. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN','COMPANY')")
    @Transactional(readOnly = true)
    public RegistryViews.Company entry(UUID id) {
        return company(visible(id)).orElseThrow(() -> new NotFoundException(MonitoringError.COMPANY_UNKNOWN));
    }

    /** The caller's own company entry, if its organisation signed a code. */
    @PreAuthorize("hasRole('COMPANY')")
    @Transactional(readOnly = true)
    public Optional<RegistryViews.Company> ownCompany() {
        return company(StaffMember.required().organisationId());
    }

    /** Records that a company signed a code; the organisation is made a company when it is a general one. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional
    public RegistryViews.Company sign(RegistryViews.NewSignature signature) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = signature.code() == null ? "" : signature.code().strip();
        if (registry.code(code).isEmpty()) {
            problems.add(new FieldProblem("code", MonitoringError.CODE_OF_CONDUCT_UNKNOWN, code));
        }
        LocalDate signedOn =
                CommitmentManagement.MonitoringDays.past("signedOn", signature.signedOn(), today(), problems);
        if (signedOn == null
                && problems.stream().noneMatch(problem -> problem.field().equals("signedOn"))) {
            problems.add(new FieldProblem(
                    "signedOn", MonitoringError.MONITORING_DATE_INVALID, String.valueOf(signature.signedOn())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Organisation company = identity.ensureCompany(signature.company());
        if (!identity.isCompany(company.id())) {
            throw new ConflictException(MonitoringError.COMPANY_NOT_A_COMPANY, company.name());
        }
        if (!registry.sign(company.id(), code, signedOn, StaffMember.required().username(), clock.instant())) {
            throw new ConflictException(MonitoringError.SIGNATURE_EXISTS, company.name(), code);
        }
        auditTrail.record(
                "registry.code-signed",
                "organisation",
                company.id().toString(),
                "code=" + code + " signedOn=" + signedOn);
        return company(company.id()).orElseThrow();
    }

    /** Records that a company withdrew from a code it signed. */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional
    public RegistryViews.Company withdraw(UUID companyId, String code, RegistryViews.Withdrawal withdrawal) {
        RegistryViews.Company company =
                company(companyId).orElseThrow(() -> new NotFoundException(MonitoringError.COMPANY_UNKNOWN));
        RegistryViews.Signature signature = company.signatures().stream()
                .filter(signed -> signed.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new ConflictException(MonitoringError.CODE_NOT_SIGNED, code));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate withdrawnOn =
                CommitmentManagement.MonitoringDays.past("withdrawnOn", withdrawal.withdrawnOn(), today(), problems);
        if (withdrawnOn != null && withdrawnOn.isBefore(signature.signedOn())) {
            problems.add(
                    new FieldProblem("withdrawnOn", MonitoringError.WITHDRAWAL_BEFORE_SIGNATURE, signature.signedOn()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        registry.withdraw(companyId, code, withdrawnOn);
        auditTrail.record(
                "registry.code-withdrawn",
                "organisation",
                companyId.toString(),
                "code=" + code + " withdrawnOn=" + (withdrawnOn == null ? "" : withdrawnOn));
        return company(companyId).orElseThrow();
    }

    /**
     * Submits a company's self-report on a code it signed for a year, answering every commitment of the code. A
     * company's staff submit their own company's only; a monitor may submit one on a company's behalf. One per company,
     * code and year.
     */
    @PreAuthorize("hasAnyRole('COMPANY','MONITOR')")
    @Transactional
    public RegistryViews.SelfReport submit(UUID companyId, RegistryViews.NewSelfReport report) {
        StaffMember me = StaffMember.required();
        boolean onBehalf = !me.has(Role.COMPANY) || !me.organisationId().equals(companyId);
        if (onBehalf && !me.has(Role.MONITOR)) {
            throw new NotFoundException(MonitoringError.COMPANY_UNKNOWN);
        }
        RegistryViews.Company company =
                company(companyId).orElseThrow(() -> new NotFoundException(MonitoringError.COMPANY_UNKNOWN));
        String code = report.code() == null ? "" : report.code().strip();
        RegistryViews.CodeOfConduct conduct = registry.code(code)
                .orElseThrow(() -> new InvalidRequestException(
                        List.of(new FieldProblem("code", MonitoringError.CODE_OF_CONDUCT_UNKNOWN, code))));
        List<FieldProblem> problems = new ArrayList<>();
        int thisYear = today().getYear();
        Integer year = report.year();
        if (year == null || year < FIRST_YEAR || year > thisYear) {
            problems.add(new FieldProblem(
                    "year", MonitoringError.SELF_REPORT_YEAR_INVALID, year == null ? "" : year.toString()));
        }
        List<RegistryViews.Answer> answers = answers(conduct, report.answers(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean signed = company.signatures().stream()
                .anyMatch(signature -> signature.code().equals(code) && signature.inForceIn(year));
        if (!signed) {
            throw new ConflictException(MonitoringError.CODE_NOT_SIGNED, code);
        }
        UUID id = UUID.randomUUID();
        if (!registry.insertSelfReport(id, companyId, code, year, answers, me.username(), clock.instant(), onBehalf)) {
            throw new ConflictException(MonitoringError.SELF_REPORT_EXISTS, code, String.valueOf(year));
        }
        auditTrail.record(
                "registry.self-report-submitted",
                "self-report",
                id.toString(),
                "company=" + companyId + " code=" + code + " year=" + year + " onBehalf=" + onBehalf);
        return registry.selfReport(id).orElseThrow();
    }

    /** A monitor's assessment of a self-report, in ECPAT's vocabulary, with a note. */
    @PreAuthorize("hasRole('MONITOR')")
    @Transactional
    public RegistryViews.SelfReport assess(UUID reportId, RegistryViews.Assessment assessment) {
        RegistryViews.SelfReport report = registry.selfReport(reportId)
                .orElseThrow(() -> new NotFoundException(MonitoringError.SELF_REPORT_UNKNOWN));
        List<FieldProblem> problems = new ArrayList<>();
        String value =
                assessment.assessment() == null ? "" : assessment.assessment().strip();
        if (!ASSESSMENTS.contains(value)) {
            problems.add(new FieldProblem(
                    "assessment", MonitoringError.SELF_REPORT_ASSESSMENT_INVALID, String.join(", ", ASSESSMENTS)));
        }
        String note = CommitmentManagement.text("note", assessment.note(), CommitmentManagement.MAX_NOTE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        registry.assess(reportId, value, note, StaffMember.required().username(), clock.instant());
        auditTrail.record(
                "registry.self-report-assessed",
                "self-report",
                reportId.toString(),
                "assessment=" + value + " was=" + (report.assessment() == null ? "" : report.assessment()));
        return registry.selfReport(reportId).orElseThrow();
    }

    /** Every company's signatures and self-reports, for the annual report's snapshot. */
    List<RegistryViews.Company> allCompanies() {
        return registry.companyIds().stream()
                .map(this::company)
                .flatMap(Optional::stream)
                .toList();
    }

    private static List<RegistryViews.Answer> answers(
            RegistryViews.CodeOfConduct conduct, List<RegistryViews.Answer> given, List<FieldProblem> problems) {
        Map<String, RegistryViews.Answer> byCommitment = new HashMap<>();
        if (given != null) {
            for (RegistryViews.Answer answer : given) {
                if (answer != null && answer.commitment() != null) {
                    byCommitment.put(answer.commitment().strip(), answer);
                }
            }
        }
        List<RegistryViews.Answer> answers = new ArrayList<>();
        for (RegistryViews.Pledge pledge : conduct.commitments()) {
            RegistryViews.Answer answer = byCommitment.get(pledge.code());
            String value = answer == null || answer.answer() == null
                    ? ""
                    : answer.answer().strip();
            if (!ANSWERS.contains(value)) {
                problems.add(new FieldProblem(
                        "answers." + pledge.code(), MonitoringError.SELF_REPORT_ANSWER_INVALID, pledge.code()));
                continue;
            }
            String text = CommitmentManagement.text(
                    "answers." + pledge.code(), answer.text(), CommitmentManagement.MAX_NOTE, problems);
            answers.add(new RegistryViews.Answer(pledge.code(), value, text));
        }
        return answers;
    }

    private UUID visible(UUID id) {
        StaffMember me = StaffMember.required();
        if (!readsAll(me) && !me.organisationId().equals(id)) {
            throw new NotFoundException(MonitoringError.COMPANY_UNKNOWN);
        }
        return id;
    }

    private Optional<RegistryViews.Company> company(UUID id) {
        return registry.companyName(id)
                .map(name ->
                        new RegistryViews.Company(id, name, registry.signaturesOf(id), registry.selfReportsOf(id)));
    }

    private static boolean readsAll(StaffMember me) {
        return me.has(Role.MONITOR) || me.has(Role.ADMIN);
    }

    private LocalDate today() {
        return YearlyReporting.today(clock.instant());
    }
}
