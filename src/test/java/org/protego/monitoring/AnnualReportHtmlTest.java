package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The report's HTML shows the frozen snapshot alone, with every figure's source and last year beside it. */
class AnnualReportHtmlTest {

    static final AnnualReportRenderer RENDERER = AnnualReportSamples.renderer();

    static Document page(AnnualReport report, Map<String, Object> snapshot) {
        return Jsoup.parse(RENDERER.page(AnnualReportSamples.document(report, snapshot)));
    }

    static Element row(Document page, String table, String label) {
        return page.select("#" + table + " tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label + " in " + table));
    }

    @Test
    void anArabicReportIsRightToLeftAndInArabic() {
        Document page = page(AnnualReportSamples.draft("ar"), AnnualReportSamples.full());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.getElementById("annual-report-title").text()).isEqualTo("التقرير السنوي عن خطة عمل ريو، 2026");
    }

    @Test
    void anEnglishReportIsLeftToRight() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.getElementById("annual-report-title").text())
                .isEqualTo("Annual report on the Rio Plan of Action, 2026");
    }

    @Test
    void aWithheldCellReadsFewerThanTheMinimumAndSaysSo() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        Element girls = row(page, "indicator-reports_received-by-sex", "Female");

        assertThat(girls.select("td").get(0).text()).isEqualTo("<5");
        assertThat(girls.select("td").get(0).attr("aria-label")).isEqualTo("Withheld: fewer than 5");
    }

    @Test
    void theChangeFromLastYearIsShownOnlyWhenNeitherYearIsWithheld() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        Element girls = row(page, "indicator-reports_received-by-sex", "Female");
        Element boys = row(page, "indicator-reports_received-by-sex", "Male");
        Element total = row(page, "indicator-reports_received-by-sex", "Total");

        assertThat(girls.select("td").eachText()).containsExactly("<5", "30", "–");
        assertThat(boys.select("td").eachText()).containsExactly("40", "<5", "–");
        assertThat(total.select("td").eachText()).containsExactly("1234", "1200", "+34");
    }

    @Test
    void everyTableNamesItsIndicatorAndDefinitionVersionAndTheSourcesListThem() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        assertThat(page.select("#indicator-reports_received caption").eachText())
                .allSatisfy(caption -> assertThat(caption).startsWith("reports_received (version 1)"));
        assertThat(page.select("#sources tbody tr").first().select("th, td").eachText())
                .containsExactly("reports_received", "1", "Reports received", "number", "b".repeat(64));
    }

    @Test
    void monthsAreComparedWithTheSameMonthLastYear() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        assertThat(row(page, "indicator-reports_received-months", "2026-02")
                        .select("td")
                        .eachText())
                .containsExactly("102", "102", "0");
        assertThat(row(page, "indicator-reports_received-months", "2026-03")
                        .select("td")
                        .eachText())
                .containsExactly("<5", "<5", "–");
    }

    @Test
    void commitmentsShowTheirStatusAndWhetherTheyAreOverdue() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        Element commitment = page.getElementById("commitment-RIO-C1A-22");

        assertThat(commitment.text())
                .contains("Partially met", "Overdue", "2013-12-31", "Ministry of Justice", "paragraph 22");
        assertThat(commitment.hasClass("annual-report__overdue")).isTrue();
    }

    @Test
    void instrumentsAndTheRegistryAreShown() {
        Document page = page(AnnualReportSamples.draft("fr"), AnnualReportSamples.full());

        assertThat(page.getElementById("instrument-OPSC").text()).contains("2002-05-10", "ratification");
        assertThat(page.getElementById("registry").text()).contains("Hotel Horizon", "remise", "Atteint");
    }

    @Test
    void aDraftSaysSoAndIsNotSigned() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        assertThat(page.getElementById("draft-band").text()).isEqualTo("DRAFT – NOT APPROVED");
        assertThat(page.getElementById("unsigned")).isNotNull();
        assertThat(page.getElementById("signature")).isNull();
    }

    @Test
    void aPublishedReportShowsItsHashSignatureAndHowToCheckThem() {
        Document page = page(AnnualReportSamples.published("en"), AnnualReportSamples.full());

        assertThat(page.getElementById("draft-band")).isNull();
        assertThat(page.getElementById("snapshot-sha256").text()).isEqualTo("a".repeat(64));
        assertThat(page.getElementById("signed-text").wholeText()).startsWith("protego-signed-document-v1\n");
        assertThat(page.getElementById("signature").text()).isEqualTo("MEUCIQDsignature");
        assertThat(page.getElementById("verification").text())
                .contains("openssl dgst -sha256 -verify audit-public.pem -signature sig.der signed.txt");
    }

    @Test
    void theNarrativeIsShownInItsPart() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        assertThat(page.getElementById("part-introduction").text()).contains("The year in brief.");
        assertThat(page.getElementById("part-conclusion")).isNull();
    }

    @Test
    void aSnapshotWithoutAnySectionStillRenders() {
        Document page = page(AnnualReportSamples.draft("ar"), AnnualReportSamples.empty());

        assertThat(page.getElementById("no-indicators")).isNotNull();
        assertThat(page.getElementById("no-commitments")).isNotNull();
        assertThat(page.getElementById("no-instruments")).isNotNull();
        assertThat(page.getElementById("no-registry")).isNotNull();
    }

    @Test
    void theArticleAloneCarriesTheReportsLanguageAndDirection() {
        String article = RENDERER.article(
                AnnualReportSamples.document(AnnualReportSamples.draft("ar"), AnnualReportSamples.full()));

        Element root = Jsoup.parseBodyFragment(article).body().child(0);

        assertThat(root.id()).isEqualTo("annual-report");
        assertThat(root.attr("lang")).isEqualTo("ar");
        assertThat(root.attr("dir")).isEqualTo("rtl");
    }

    @Test
    void noTemplateFragmentLeaksIntoThePage() {
        Document page = page(AnnualReportSamples.draft("en"), AnnualReportSamples.full());

        assertThat(page.body().children().last().tagName()).isEqualTo("main");
    }
}
