package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.protego.Api;
import org.protego.ProtegoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public pages are usable with a screen reader and a keyboard, and readable by people with low vision. */
@ProtegoTest
class AccessibilityTest {

    static final Pattern COLOUR = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    @LocalServerPort
    int port;

    @Test
    void everyFormControlOnPublicPagesHasALabel() {
        var api = new Api(port);
        for (String path :
                new String[] {"/report", "/report/status", "/login", "/enrol", "/report?lang=ar", "/enrol?lang=ar"}) {
            var page = Jsoup.parse(api.get(path, null).body());
            for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
                assertThat(page.select("label[for=" + control.id() + "]"))
                        .as(path + " label for " + control.id())
                        .isNotEmpty();
            }
            assertThat(page.select("h1")).as(path + " has one main heading").hasSize(1);
            assertThat(page.select("a.skip-link[href=#main]"))
                    .as(path + " skip link")
                    .hasSize(1);
        }
    }

    @Test
    void choicesAreGroupedWithALegend() {
        var page = Jsoup.parse(new Api(port).get("/report", null).body());

        assertThat(page.select("fieldset#category > legend")).hasSize(1);
        assertThat(page.select("fieldset#category input[type=radio]")).hasSize(6);
    }

    @Test
    void textAndButtonColoursMeetWcagContrastOfAtLeastFourAndAHalfToOne() throws IOException {
        Map<String, String> colours = coloursOf(Path.of("src/main/resources/static/css/protego.css"));

        assertThat(contrast(colours.get("text"), colours.get("background"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours.get("muted"), colours.get("background"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours.get("accent"), colours.get("background"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours.get("accent-text"), colours.get("accent"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours.get("danger"), colours.get("background"))).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void focusIsAlwaysVisible() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/protego.css"));

        assertThat(css)
                .contains("a:focus, button:focus, input:focus, select:focus, textarea:focus")
                .contains("outline: 3px solid var(--focus)")
                .doesNotContain("outline: none")
                .doesNotContain("outline: 0");
    }

    private static Map<String, String> coloursOf(Path css) throws IOException {
        var colours = new java.util.HashMap<String, String>();
        Matcher matcher = COLOUR.matcher(Files.readString(css));
        while (matcher.find()) {
            colours.putIfAbsent(matcher.group(1), matcher.group(2));
        }
        return colours;
    }

    /** WCAG 2.1 contrast ratio of two sRGB colours. */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
