package org.protego.monitoring;

import java.time.Duration;
import org.protego.cases.CaseRegistered;
import org.protego.cases.GuardianAppointed;
import org.protego.referrals.ReferralStateChanged;
import org.protego.reports.ReportReceived;
import org.protego.takedown.RemovalConfirmed;
import org.protego.triage.UrlAssessed;
import org.springframework.stereotype.Component;

/** Turns the other modules' events into facts: one insert, and the monthly counts when the fact is new. */
@Component
class FactRecorder {

    private final Facts facts;
    private final FactKeys keys;

    FactRecorder(Facts facts, FactKeys keys) {
        this.facts = facts;
        this.keys = keys;
    }

    void record(ReportReceived report) {
        facts.record(Fact.of(
                        Fact.REPORT_RECEIVED,
                        FactKeys.source(Fact.REPORT_RECEIVED, report.reportId()),
                        null,
                        report.receivedAt())
                .withReport(report.category().code(), report.channel().name().toLowerCase(), report.country()));
    }

    /** Only an item's first assessment counts: a reassessment finds its fact there already. */
    void record(UrlAssessed assessed) {
        facts.record(Fact.of(
                        Fact.URL_ASSESSED,
                        FactKeys.source(Fact.URL_ASSESSED, assessed.urlItemId()),
                        null,
                        assessed.assessedAt())
                .withOutcome(assessed.outcome().code(), assessed.hostingCountry()));
    }

    void record(RemovalConfirmed removal) {
        Double hours = removal.firstNoticeAt() == null
                ? null
                : Math.max(
                        0,
                        Duration.between(removal.firstNoticeAt(), removal.removedAt())
                                        .toMillis()
                                / 3_600_000.0);
        facts.record(Fact.of(
                        Fact.REMOVAL_CONFIRMED,
                        FactKeys.source(Fact.REMOVAL_CONFIRMED, removal.urlItemId()),
                        null,
                        removal.removedAt())
                .withOutcome(null, removal.hostingCountry())
                .withHours(hours));
    }

    void record(CaseRegistered registered) {
        facts.record(Fact.of(
                        Fact.CHILD_REGISTERED,
                        keys.childSource(Fact.CHILD_REGISTERED, registered.caseId()),
                        keys.child(registered.caseId()),
                        registered.registeredAt())
                .withChild(
                        registered.sex(),
                        registered.ageBand(),
                        registered.formsOfExploitation(),
                        registered.nationality()));
    }

    /** Counted on the day the child was registered, with how long the child waited; the limit is the definition's. */
    void record(GuardianAppointed appointed) {
        byte[] child = keys.child(appointed.caseId());
        var registration = facts.registration(child);
        facts.record(Fact.of(
                        Fact.CHILD_GUARDIAN,
                        keys.childSource(Fact.CHILD_GUARDIAN, appointed.caseId()),
                        child,
                        appointed.registeredAt())
                .withChild(
                        registration.map(Facts.Registration::sex).orElse(null),
                        registration.map(Facts.Registration::ageBand).orElse(null),
                        registration.map(Facts.Registration::forms).orElse(null),
                        registration.map(Facts.Registration::nationality).orElse(null))
                .withHours(Math.max(
                        0,
                        Duration.between(appointed.registeredAt(), appointed.appointedAt())
                                        .toMillis()
                                / 3_600_000.0)));
    }

    /**
     * A child's first referral sent and first service started count the child once; every referral accepted or
     * completed counts, by the sector of the service.
     */
    void record(ReferralStateChanged changed) {
        String kind = switch (changed.toState()) {
            case "sent" -> Fact.CHILD_REFERRED;
            case "started" -> Fact.CHILD_RECEIVING_SERVICES;
            case "accepted" -> Fact.REFERRAL_ACCEPTED;
            case "completed" -> Fact.REFERRAL_COMPLETED;
            default -> null;
        };
        if (kind == null || changed.caseId() == null) {
            return;
        }
        byte[] child = keys.child(changed.caseId());
        var registration = facts.registration(child);
        facts.record(Fact.of(kind, keys.childSource(kind, changed.referralId()), child, changed.at())
                .withChild(
                        changed.sex(),
                        changed.ageBand(),
                        registration.map(Facts.Registration::forms).orElse(null),
                        registration.map(Facts.Registration::nationality).orElse(null))
                .withService(changed.sector(), changed.need(), changed.urgency()));
    }
}
