package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The annual report freezes commitments, instruments and the registry in the shapes it relies on. */
@ProtegoTest
class CommitmentSnapshotSectionsTest {

    @LocalServerPort
    int port;

    @Autowired
    List<SnapshotSection> sections;

    Map<String, SnapshotSection> byName() {
        return sections.stream().collect(Collectors.toMap(SnapshotSection::name, section -> section));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Object section) {
        return (List<Map<String, Object>>) section;
    }

    @Test
    void theCommitmentsSectionHoldsEachCommitmentWithItsDeadlineStatusOwnerAndEvidence() {
        Api api = new Api(port);
        Api.StaffUser monitor = api.createUser("Monitoring body", "MONITOR");
        api.postJson(
                "/api/v1/commitments/RIO-C1A-24/evidence",
                monitor.token(),
                Map.of("kind", "link", "title", "Ombudsperson's office", "url", "https://example.org/ombuds"));

        Map<String, Object> commitment = items(byName().get("commitments").snapshot(2026, Instant.now())).stream()
                .filter(item -> item.get("code").equals("RIO-C1A-24"))
                .findFirst()
                .orElseThrow();

        assertThat(commitment)
                .containsKeys(
                        "code",
                        "document",
                        "section",
                        "paragraph",
                        "quote",
                        "summary",
                        "deadline",
                        "status",
                        "overdue",
                        "owner",
                        "evidence");
        assertThat(commitment.get("deadline")).isEqualTo("2013-12-31");
        assertThat(items(commitment.get("evidence")))
                .anyMatch(evidence -> evidence.get("kind").equals("link")
                        && evidence.get("url").equals("https://example.org/ombuds")
                        && evidence.containsKey("indicator"));
    }

    @Test
    void theInstrumentsSectionHoldsTheInternationalAndTheStatesDates() {
        Map<String, Object> crc = items(byName().get("instruments").snapshot(2026, Instant.now())).stream()
                .filter(item -> item.get("code").equals("CRC"))
                .findFirst()
                .orElseThrow();

        assertThat(crc)
                .containsOnlyKeys(
                        "code",
                        "title",
                        "adoptedOn",
                        "inForceOn",
                        "signedOn",
                        "consentOn",
                        "consentType",
                        "reservations",
                        "inForceForStateOn");
        assertThat(crc.get("inForceOn")).isEqualTo("1990-09-02");
    }

    @Test
    void theRegistrySectionHoldsEachSignatureWithItsSelfReports() {
        Api api = new Api(port);
        Api.StaffUser monitor = api.createUser("Monitoring body", "MONITOR");
        String company = "Resort " + UUID.randomUUID().toString().substring(0, 8);
        String id = api.postJson(
                        "/api/v1/companies",
                        monitor.token(),
                        Map.of("company", company, "code", "isp-voluntary-code", "signedOn", "2021-03-04"))
                .json()
                .get("id")
                .asString();
        api.postJson(
                "/api/v1/companies/" + id + "/self-reports",
                monitor.token(),
                Map.of(
                        "code",
                        "isp-voluntary-code",
                        "year",
                        2023,
                        "answers",
                        List.of(Map.of("commitment", "implement-code", "answer", "not_met"))));

        Map<String, Object> entry = items(byName().get("registry").snapshot(2026, Instant.now())).stream()
                .filter(item -> item.get("company").equals(company))
                .findFirst()
                .orElseThrow();

        assertThat(entry).containsOnlyKeys("company", "code", "signedOn", "withdrawnOn", "selfReports");
        assertThat(entry.get("signedOn")).isEqualTo("2021-03-04");
        Map<String, Object> report = items(entry.get("selfReports")).get(0);
        assertThat(report).containsOnlyKeys("year", "submitted", "assessment");
        assertThat(report.get("year")).isEqualTo(2023);
    }
}
