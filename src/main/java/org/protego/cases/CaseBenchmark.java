package org.protego.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.shared.FieldCipher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many children's cases registered at once, for the tool that seeds and measures the case module (the {@code
 * bench-cases} benchmark). No page or API endpoint reaches it: on a running service, a case worker registers each
 * child through {@link CaseManagement#register}.
 */
@Service
public class CaseBenchmark {

    /**
     * A case to seed: whose it is (organisation, team, case worker), what is recorded about the child, when it was
     * registered and last changed, and its guardian if one was appointed.
     */
    public record Seed(
            UUID organisationId,
            String team,
            UUID assignedTo,
            CaseDetails details,
            Instant registeredAt,
            Instant updatedAt,
            boolean closed,
            Guardian guardian) {}

    private final BulkCases bulk;
    private final FieldCipher cipher;
    private final AuditTrail auditTrail;

    CaseBenchmark(BulkCases bulk, FieldCipher cipher, AuditTrail auditTrail) {
        this.bulk = bulk;
        this.cipher = cipher;
        this.auditTrail = auditTrail;
    }

    /**
     * Registers the cases in one transaction, with details checked and stored as a registration stores them (the
     * child's record encrypted, the name and date-of-birth keys as blind indexes) and numbered from the same
     * sequence; one audit entry records the batch. No history lines are written: each case stays at version 1 as
     * registered. Returns the cases' ids and numbers, in order.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<RegisteredCase> seed(List<Seed> seeds) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        List<Long> numbers = bulk.nextNumbers(seeds.size());
        List<BulkCases.Row> rows = new ArrayList<>(seeds.size());
        List<RegisteredCase> registered = new ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            Seed seed = seeds.get(i);
            LocalDate registeredOn = seed.registeredAt().atZone(ZoneOffset.UTC).toLocalDate();
            CaseDetails details = ChildCase.normalised(seed.details(), registeredOn);
            ChildCase childCase = new ChildCase(
                    UUID.randomUUID(),
                    seed.organisationId(),
                    Cases.caseNumber(registeredOn.getYear(), numbers.get(i)),
                    1,
                    seed.closed() ? CaseState.CLOSED : CaseState.OPEN,
                    CaseOrigin.DIRECT,
                    null,
                    seed.assignedTo(),
                    seed.team(),
                    seed.registeredAt(),
                    seed.updatedAt(),
                    details,
                    seed.guardian());
            String dateOfBirthIndex = details.child().dateOfBirth() == null
                    ? null
                    : cipher.blindIndex(
                            CaseManagement.DATE_OF_BIRTH_PURPOSE,
                            details.child().dateOfBirth().toString());
            rows.add(new BulkCases.Row(childCase, dateOfBirthIndex));
            registered.add(new RegisteredCase(childCase.id(), childCase.caseNumber(), 1, List.of()));
        }
        bulk.insert(rows);
        auditTrail.record(
                "case.seeded",
                "case",
                "bulk",
                "cases=" + seeds.size() + " first=" + registered.get(0).caseNumber() + " last="
                        + registered.get(registered.size() - 1).caseNumber());
        return registered;
    }
}
