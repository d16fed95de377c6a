package org.protego.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs Deque's axe-core, the accessibility engine browsers' own audits use, in the page the browser shows, against
 * the WCAG 2.1 A and AA rules; the script comes from Deque's jar on the test class path, never from the network.
 */
final class Axe {

    static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {}

    /** Every violation on the page as "rule (impact): element", empty when the page passes. */
    static List<String> violations(WebDriver browser) {
        var javascript = (JavascriptExecutor) browser;
        javascript.executeScript(SCRIPT);
        Object answer = javascript.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(results => done(JSON.stringify(results.violations)))"
                        + ".catch(error => done(JSON.stringify([{id: 'axe-error', impact: String(error), nodes: []}])));",
                RULE_TAGS);
        List<String> found = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(String.valueOf(answer))) {
            String rule = violation.get("id").asString() + " ("
                    + violation.path("impact").asString() + ")";
            if (violation.get("nodes").isEmpty()) {
                found.add(rule);
            }
            for (JsonNode node : violation.get("nodes")) {
                found.add(rule + ": " + node.path("target").toString() + " "
                        + node.path("html").asString());
            }
        }
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
