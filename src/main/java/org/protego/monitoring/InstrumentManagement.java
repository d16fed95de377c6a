package org.protego.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protego.audit.AuditTrail;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments the documents ask States to ratify, and the State's facts about each, read and kept by monitors and
 * administrators; every change is validated, audited and kept in the instrument's history. Methods are public only for
 * the privilege checks.
 */
@Service
class InstrumentManagement {

    static final List<String> CONSENT_TYPES =
            List.of("ratification", "accession", "acceptance", "approval", "succession");
    static final int MAX_TEXT = 4000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Instruments instruments;
    private final AuditTrail auditTrail;
    private final Clock clock;

    InstrumentManagement(Instruments instruments, AuditTrail auditTrail, Clock clock) {
        this.instruments = instruments;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<InstrumentView> list() {
        return instruments.all();
    }

    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional(readOnly = true)
    public InstrumentView view(String code) {
        return existing(code);
    }

    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional(readOnly = true)
    public List<InstrumentView.Change> history(String code) {
        existing(code);
        return instruments.historyOf(code);
    }

    /**
     * Replaces the State's facts about the instrument. Dates are not in the future and come in order: signature, then
     * consent to be bound, then entry into force for the State.
     */
    @PreAuthorize("hasAnyRole('MONITOR','ADMIN')")
    @Transactional
    public InstrumentView changeFacts(String code, InstrumentView.FactsChange change) {
        InstrumentView instrument = existing(code);
        InstrumentView.StateFacts facts = validFacts(change, YearlyReporting.today(clock.instant()));
        if (change.version() != null && change.version() != instrument.version()) {
            throw new ConflictException(MonitoringError.INSTRUMENT_STALE, String.valueOf(instrument.version()));
        }
        Instant now = clock.instant();
        String by = StaffMember.required().username();
        if (!instruments.update(code, instrument.version(), facts, by, now)) {
            throw new ConflictException(
                    MonitoringError.INSTRUMENT_STALE,
                    String.valueOf(existing(code).version()));
        }
        instruments.addHistory(code, now, by, JSON.writeValueAsString(asMap(facts)));
        auditTrail.record(
                "instrument.status-changed",
                "instrument",
                code,
                "consentType=" + (facts.consentType() == null ? "" : facts.consentType()) + " consentOn="
                        + (facts.consentOn() == null ? "" : facts.consentOn()));
        return existing(code);
    }

    static InstrumentView.StateFacts validFacts(InstrumentView.FactsChange change, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate signedOn = CommitmentManagement.MonitoringDays.past("signedOn", change.signedOn(), today, problems);
        LocalDate consentOn =
                CommitmentManagement.MonitoringDays.past("consentOn", change.consentOn(), today, problems);
        LocalDate inForce = CommitmentManagement.MonitoringDays.past(
                "inForceForStateOn", change.inForceForStateOn(), today, problems);
        LocalDate asOf = CommitmentManagement.MonitoringDays.past("asOf", change.asOf(), today, problems);
        String consentType = org.protego.shared.TypedText.orNullIfBlank(change.consentType());
        if (consentType != null) {
            consentType = consentType.strip();
            if (!CONSENT_TYPES.contains(consentType)) {
                problems.add(new FieldProblem(
                        "consentType",
                        MonitoringError.INSTRUMENT_CONSENT_TYPE_INVALID,
                        String.join(", ", CONSENT_TYPES)));
            }
        }
        if (signedOn != null && consentOn != null && consentOn.isBefore(signedOn)) {
            problems.add(new FieldProblem("consentOn", MonitoringError.INSTRUMENT_DATES_OUT_OF_ORDER));
        }
        LocalDate bound = consentOn != null ? consentOn : signedOn;
        if (inForce != null && bound != null && inForce.isBefore(bound)) {
            problems.add(new FieldProblem("inForceForStateOn", MonitoringError.INSTRUMENT_DATES_OUT_OF_ORDER));
        }
        String reservations = CommitmentManagement.text("reservations", change.reservations(), MAX_TEXT, problems);
        String declarations = CommitmentManagement.text("declarations", change.declarations(), MAX_TEXT, problems);
        String source = CommitmentManagement.text("source", change.source(), CommitmentManagement.MAX_URL, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new InstrumentView.StateFacts(
                signedOn, consentOn, consentType, reservations, declarations, inForce, asOf, source);
    }

    static Map<String, Object> asMap(InstrumentView.StateFacts facts) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("signedOn", day(facts.signedOn()));
        map.put("consentOn", day(facts.consentOn()));
        map.put("consentType", facts.consentType());
        map.put("reservations", facts.reservations());
        map.put("declarations", facts.declarations());
        map.put("inForceForStateOn", day(facts.inForceForStateOn()));
        map.put("asOf", day(facts.asOf()));
        map.put("source", facts.source());
        return map;
    }

    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private InstrumentView existing(String code) {
        return instruments
                .find(code)
                .orElseThrow(() -> new NotFoundException(MonitoringError.INSTRUMENT_UNKNOWN, code));
    }
}
