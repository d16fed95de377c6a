package org.protego.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgChartsTest {

    private static final List<String> QUARTERS = List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");

    @Test
    void aTimeSeriesIsAnImageWithItsTitleAndADescriptionOfItsFigures() throws Exception {
        Element svg = parse(SvgCharts.timeSeries(
                        "Children registered",
                        QUARTERS,
                        List.of(new SvgCharts.Series("female", values(12, 15, null, 20))),
                        "<5"))
                .getDocumentElement();

        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 ");
        assertThat(text(svg, "title")).isEqualTo("Children registered");
        assertThat(text(svg, "desc")).contains("female: 12, 15, <5, 20");
    }

    @Test
    void aWithheldFigureBreaksTheLineAndIsMarkedWithTheLabelInsteadOfAPoint() throws Exception {
        Document chart = parse(SvgCharts.timeSeries(
                "Children registered",
                QUARTERS,
                List.of(
                        new SvgCharts.Series("female", values(12, 15, null, 20)),
                        new SvgCharts.Series("male", values(9, 11, 14, 8))),
                "<5"));

        assertThat(withClass(chart, "circle", "point")).hasSize(7);
        List<Element> withheld = withClass(chart, "g", "withheld");
        assertThat(withheld).hasSize(1);
        assertThat(withheld.get(0).getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo("<5");
        Element femaleLine = (Element) withClass(chart, "g", "series")
                .get(0)
                .getElementsByTagName("path")
                .item(0);
        assertThat(femaleLine.getAttribute("d").split("M")).hasSize(3);
    }

    @Test
    void linesAreToldApartByTheirDashesAsWellAsTheirColours() throws Exception {
        List<SvgCharts.Series> series = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            series.add(new SvgCharts.Series("series " + s, values(s, s + 1, s + 2, s + 3)));
        }
        Document chart = parse(SvgCharts.timeSeries("Eight lines", QUARTERS, series, "<5"));

        List<String> dashes = new ArrayList<>();
        for (Element group : withClass(chart, "g", "series")) {
            dashes.add(((Element) group.getElementsByTagName("path").item(0)).getAttribute("stroke-dasharray"));
        }
        assertThat(dashes).doesNotHaveDuplicates().hasSize(8);
    }

    @Test
    void theValueAxisHasRoundTicksFromZeroPastTheLargestFigure() throws Exception {
        Document chart = parse(SvgCharts.timeSeries(
                "Reports", QUARTERS, List.of(new SvgCharts.Series("web", values(3, 37, 12, 0))), "<5"));

        assertThat(withClass(chart, "text", "tick").stream().map(Element::getTextContent))
                .containsExactly("0", "10", "20", "30", "40");
    }

    @Test
    void barsShowAWithheldFigureAsAHatchedStubWithTheLabel() throws Exception {
        Document chart = parse(
                SvgCharts.bars("Reports by channel", List.of("Web", "Phone", "Chat"), values(120, null, 45), "<5"));

        assertThat(text(chart.getDocumentElement(), "title")).isEqualTo("Reports by channel");
        assertThat(withClass(chart, "rect", "bar")).hasSize(2);
        List<Element> withheld = withClass(chart, "g", "withheld");
        assertThat(withheld).hasSize(1);
        assertThat(((Element) withheld.get(0).getElementsByTagName("rect").item(0)).getAttribute("fill"))
                .contains("hatch");
        assertThat(withheld.get(0).getTextContent()).isEqualTo("<5");
        assertThat(withClass(chart, "text", "tick").stream().map(Element::getTextContent))
                .containsExactly("0", "50", "100", "150");
    }

    @Test
    void everyTextIsEscapedAndNoChartHasAScript() throws Exception {
        String title = "<script>alert('x')</script> & \"more\"";
        String line = SvgCharts.timeSeries(
                title, List.of("<b>"), List.of(new SvgCharts.Series("<script>", values((Integer) null))), "<5 & so");
        String bars = SvgCharts.bars(title, List.of("<script>"), values(7), "<5");

        for (String svg : List.of(line, bars)) {
            assertThat(svg).doesNotContain("<script");
            assertThat(text(parse(svg).getDocumentElement(), "title")).isEqualTo(title);
        }
    }

    @Test
    void aChartWithoutAnyPublishedFigureStillDrawsAnAxis() throws Exception {
        Document chart = parse(SvgCharts.bars("Nothing yet", List.of("Web"), values((Integer) null), "<5"));

        assertThat(withClass(chart, "text", "tick")).isNotEmpty();
        assertThat(withClass(chart, "g", "withheld")).hasSize(1);
    }

    private static List<BigDecimal> values(Integer... numbers) {
        return Arrays.stream(numbers)
                .map(n -> n == null ? null : BigDecimal.valueOf(n))
                .toList();
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String text(Element root, String tag) {
        return root.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static List<Element> withClass(Document document, String tag, String className) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(className)) {
                found.add(element);
            }
        }
        return found;
    }
}
