package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF prints the same report as the HTML, right to left in Arabic, with nothing of a withheld count in it. */
class AnnualReportPdfTest {

    static final AnnualReportRenderer RENDERER = AnnualReportSamples.renderer();

    static byte[] pdf(AnnualReport report, Map<String, Object> snapshot) {
        return RENDERER.pdf(AnnualReportSamples.document(report, snapshot));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines wrap where the page ends them; the words stay in order.
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]*\\R[ \\t]*", "\n");
        }
    }

    /** PDFBox reads Arabic back as the presentation forms the PDF draws; this turns them into ordinary letters. */
    static String unshaped(String text) throws ArabicShapingException {
        return new ArabicShaping(ArabicShaping.LETTERS_UNSHAPE).shape(text);
    }

    @Test
    void theYearAndACommitmentCodeArePrinted() throws IOException {
        String text = text(pdf(AnnualReportSamples.draft("en"), AnnualReportSamples.full()));

        assertThat(text.replace('\n', ' '))
                .contains("Annual report on the Rio Plan of Action, 2026")
                .contains("RIO-C1A-22");
    }

    @Test
    void anArabicReportCarriesItsArabicTitle() throws Exception {
        String text = unshaped(text(pdf(AnnualReportSamples.draft("ar"), AnnualReportSamples.full())));

        assertThat(text).contains("التقرير السنوي عن خطة عمل ريو");
    }

    @Test
    void aWithheldCellPrintsNoDigitButTheMinimum() throws IOException {
        List<String> lines = List.of(text(pdf(AnnualReportSamples.draft("en"), AnnualReportSamples.full()))
                .split("\n"));

        // Girls are withheld this year (last year 30); March is withheld in both years.
        assertThat(lines).contains("Female <5 30 –", "2026-03 <5 <5 –");
    }

    @Test
    void aDraftIsMarkedOnItsPages() throws IOException {
        byte[] draft = pdf(AnnualReportSamples.draft("en"), AnnualReportSamples.full());
        byte[] published = pdf(AnnualReportSamples.published("en"), AnnualReportSamples.full());

        assertThat(text(draft)).contains("DRAFT – NOT APPROVED");
        assertThat(text(published)).doesNotContain("DRAFT").contains("MEUCIQDsignature");
    }

    @Test
    void aReportWithoutAnySectionStillPrints() throws Exception {
        String text = unshaped(text(pdf(AnnualReportSamples.draft("ar"), AnnualReportSamples.empty())));

        assertThat(text).contains("لا تتضمن اللقطة أي التزامات");
    }

    @Test
    void theFontsAreEmbedded() throws IOException {
        try (PDDocument document =
                Loader.loadPDF(pdf(AnnualReportSamples.published("ru"), AnnualReportSamples.full()))) {
            for (var page : document.getPages()) {
                assertThat(page.getResources().getFontNames()).isNotEmpty();
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }
}
