package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The overview page groups overdue work by kind: the child's safety first, kinds it does not know last. */
class CaseOverviewGroupsTest {

    static OverdueWork overdue(String kind, String number) {
        return new OverdueWork(UUID.randomUUID(), number, kind, Instant.parse("2026-01-01T00:00:00Z"), "worker");
    }

    @Test
    void kindsAreShownGuardianFirstAndUnknownKindsLastWithEmptyKindsLeftOut() {
        var groups = CaseOverviewPageController.byKind(List.of(
                overdue("follow-up", "C-1"),
                overdue("review", "C-2"),
                overdue("guardian", "C-3"),
                overdue("follow-up", "C-4")));

        assertThat(groups.keySet()).containsExactly("guardian", "follow-up", "review");
        assertThat(groups.get("follow-up")).extracting(OverdueWork::caseNumber).containsExactly("C-1", "C-4");
    }
}
