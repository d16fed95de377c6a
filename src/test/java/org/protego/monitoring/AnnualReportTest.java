package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.ConflictException;
import org.protego.shared.InvalidRequestException;

/** Who may approve an annual report, when it may change, and what a draft may be asked for. */
class AnnualReportTest {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    static AnnualReport draftBy(UUID drafter, UUID lastEditor) {
        AnnualReport sample = AnnualReportSamples.draft("en");
        return new AnnualReport(
                sample.id(),
                sample.year(),
                sample.language(),
                AnnualReport.State.DRAFT,
                sample.snapshotSha256(),
                sample.cutOff(),
                new AnnualReport.Person(drafter, "drafter"),
                sample.createdAt(),
                Map.of(),
                lastEditor == null ? null : new AnnualReport.Person(lastEditor, "editor"),
                lastEditor == null ? null : NOW,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    @Test
    void aSecondPersonMayApproveADraft() {
        UUID drafter = UUID.randomUUID();

        assertThat(draftBy(drafter, null).approvableBy(UUID.randomUUID())).isTrue();
    }

    @Test
    void theDrafterMayNotApproveIt() {
        UUID drafter = UUID.randomUUID();

        assertThatThrownBy(() -> draftBy(drafter, null).requireApprovableBy(drafter))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.error()).isEqualTo(MonitoringError.ANNUAL_REPORT_OWN_DRAFT));
    }

    @Test
    void theLastWriterOfTheNarrativeMayNotApproveIt() {
        UUID editor = UUID.randomUUID();

        assertThat(draftBy(UUID.randomUUID(), editor).approvableBy(editor)).isFalse();
        assertThat(draftBy(UUID.randomUUID(), editor).approvableBy(UUID.randomUUID()))
                .isTrue();
    }

    @Test
    void aPublishedReportCannotBeApprovedOrChanged() {
        AnnualReport published = AnnualReportSamples.published("en");

        assertThat(published.approvableBy(UUID.randomUUID())).isFalse();
        assertThatThrownBy(() -> published.requireApprovableBy(UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.error()).isEqualTo(MonitoringError.ANNUAL_REPORT_STATE_FORBIDS));
        assertThatThrownBy(published::requireDraft).isInstanceOf(ConflictException.class);
    }

    @Test
    void yearsRunFromTheRioPactToTheCurrentYear() {
        assertThat(AnnualReport.validYear(2008, NOW)).isEqualTo(2008);
        assertThat(AnnualReport.validYear(2026, NOW)).isEqualTo(2026);
        assertThatThrownBy(() -> AnnualReport.validYear(2007, NOW)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AnnualReport.validYear(2027, NOW)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AnnualReport.validYear(null, NOW)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void onlyOfferedLanguagesAreAccepted() {
        assertThat(AnnualReport.validLanguage("ar")).isEqualTo("ar");
        assertThatThrownBy(() -> AnnualReport.validLanguage("de")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AnnualReport.validLanguage(null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theNarrativeKeepsKnownPartsInTheReportsOrderWithoutBlankOnes() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("conclusion", "  Done.\r\n");
        typed.put("introduction", "Begun.");
        typed.put("registry", "   ");

        assertThat(AnnualReport.validNarrative(typed))
                .containsExactly(Map.entry("introduction", "Begun."), Map.entry("conclusion", "Done."));
    }

    @Test
    void aNarrativePartThatIsUnknownTooLongOrHoldsControlCharactersIsRefused() {
        assertThatThrownBy(() -> AnnualReport.validNarrative(Map.of("epilogue", "x")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems().get(0).code())
                                .isEqualTo("annual-report-narrative-part-unknown"));
        assertThatThrownBy(() ->
                        AnnualReport.validNarrative(Map.of("introduction", "x".repeat(AnnualReport.MAX_NARRATIVE + 1))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AnnualReport.validNarrative(Map.of("introduction", "bell\u0007")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
