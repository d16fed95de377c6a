package org.protego.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The annual report's sections on commitments, instruments and the registry of codes of conduct: their current state
 * when the draft is made, as plain JSON values with dates as ISO strings.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentSnapshotSections {

    @Bean
    SnapshotSection commitmentsSection(CommitmentManagement commitments, Commitments stored) {
        return section("commitments", () -> {
            List<Object> out = new ArrayList<>();
            for (CommitmentViews.CommitmentLine line : commitments.allLines()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", line.code());
                item.put("document", line.document());
                item.put("section", line.section());
                item.put("paragraph", line.paragraph());
                item.put("quote", line.quote());
                item.put("summary", line.summary());
                item.put("deadline", day(line.deadline()));
                item.put("status", line.status());
                item.put("overdue", line.overdue());
                item.put("owner", line.owner());
                List<Object> evidence = new ArrayList<>();
                for (CommitmentViews.Evidence piece : stored.evidenceOf(line.code())) {
                    Map<String, Object> shown = new LinkedHashMap<>();
                    shown.put("kind", piece.kind());
                    shown.put("title", piece.title());
                    shown.put("url", piece.url());
                    shown.put("indicator", piece.indicator());
                    evidence.add(shown);
                }
                item.put("evidence", evidence);
                out.add(item);
            }
            return out;
        });
    }

    @Bean
    SnapshotSection instrumentsSection(Instruments instruments) {
        return section("instruments", () -> {
            List<Object> out = new ArrayList<>();
            for (InstrumentView instrument : instruments.all()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", instrument.code());
                item.put("title", instrument.title());
                item.put("adoptedOn", day(instrument.adoptedOn()));
                item.put("inForceOn", day(instrument.inForceOn()));
                item.put("signedOn", day(instrument.state().signedOn()));
                item.put("consentOn", day(instrument.state().consentOn()));
                item.put("consentType", instrument.state().consentType());
                item.put("reservations", instrument.state().reservations());
                item.put("inForceForStateOn", day(instrument.state().inForceForStateOn()));
                out.add(item);
            }
            return out;
        });
    }

    @Bean
    SnapshotSection registrySection(RegistryManagement registry) {
        return section("registry", () -> {
            List<Object> out = new ArrayList<>();
            for (RegistryViews.Company company : registry.allCompanies()) {
                for (RegistryViews.Signature signature : company.signatures()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("company", company.name());
                    item.put("code", signature.code());
                    item.put("signedOn", day(signature.signedOn()));
                    item.put("withdrawnOn", day(signature.withdrawnOn()));
                    List<Object> reports = new ArrayList<>();
                    for (RegistryViews.SelfReport report : company.selfReports()) {
                        if (report.code().equals(signature.code())) {
                            Map<String, Object> shown = new LinkedHashMap<>();
                            shown.put("year", report.year());
                            shown.put("submitted", day(YearlyReporting.today(report.submittedAt())));
                            shown.put("assessment", report.assessment());
                            reports.add(shown);
                        }
                    }
                    item.put("selfReports", reports);
                    out.add(item);
                }
            }
            return out;
        });
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static SnapshotSection section(String name, java.util.function.Supplier<Object> content) {
        return new SnapshotSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object snapshot(int year, Instant cutOff) {
                // Commitments, instruments and the registry are frozen as they stand when the draft is made.
                return content.get();
            }
        };
    }
}
