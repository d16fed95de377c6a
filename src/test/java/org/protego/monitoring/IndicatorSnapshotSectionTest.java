package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.ProtegoTest;
import org.protego.reports.Category;
import org.protego.reports.Channel;
import org.protego.reports.ReportReceived;
import org.springframework.beans.factory.annotation.Autowired;

/** The annual report's indicators are recomputed equal from the stored definitions and the cut-off. */
@ProtegoTest
class IndicatorSnapshotSectionTest {

    @Autowired
    FactRecorder recorder;

    @Autowired
    IndicatorSnapshotSection section;

    @Test
    void theSnapshotOfAYearIsRecomputedEqualAfterMoreFactsArrive() {
        int year = FactYears.unused();
        reports(year, 6);
        reports(year - 1, 5);
        Instant cutOff = Instant.now().plusMillis(5);
        await().until(() -> Instant.now().isAfter(cutOff));

        Object snapshot = section.snapshot(year, cutOff);
        reports(year, 4);

        assertThat(section.snapshot(year, cutOff)).isEqualTo(snapshot);
        assertThat(section.snapshot(year, Instant.now().plusMillis(1))).isNotEqualTo(snapshot);
        Map<?, ?> content = (Map<?, ?>) snapshot;
        assertThat(List.copyOf(content.keySet())).isEqualTo(List.of("definitions", "tables", "previousYear"));
        Map<?, ?> total = ((List<?>) content.get("tables"))
                .stream()
                        .map(Map.class::cast)
                        .filter(table -> table.get("indicator").equals("reports_received"))
                        .filter(table -> ((List<?>) table.get("by")).isEmpty()
                                && table.get("period").equals("year"))
                        .findFirst()
                        .orElseThrow();
        assertThat(total.get("cutOff")).isEqualTo(cutOff.toString());
        assertThat(((Map<?, ?>) ((List<?>) total.get("cells")).get(0))
                        .get("value")
                        .toString())
                .isEqualTo("6");
        Map<?, ?> before = ((List<?>) content.get("previousYear"))
                .stream()
                        .map(Map.class::cast)
                        .filter(table -> table.get("indicator").equals("reports_received"))
                        .findFirst()
                        .orElseThrow();
        assertThat(((Map<?, ?>) ((List<?>) before.get("cells")).get(0))
                        .get("value")
                        .toString())
                .isEqualTo("5");
    }

    private void reports(int year, int count) {
        for (int i = 0; i < count; i++) {
            recorder.record(new ReportReceived(
                    UUID.randomUUID(),
                    "R-" + i,
                    UUID.randomUUID(),
                    Category.OTHER,
                    Channel.EMAIL,
                    List.of(),
                    false,
                    false,
                    LocalDate.of(year, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    "FR"));
        }
    }
}
