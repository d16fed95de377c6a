package org.protego.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every page is offered in every language: no key may be missing, and templates hold no literal text. */
class MessagesTest {

    static final List<String> LANGUAGES = List.of("fr", "es", "pt", "ru", "ar");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    @Test
    void everyLanguageHasEveryKeyOfTheEnglishMessages() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        for (String language : LANGUAGES) {
            Set<String> translated =
                    load("messages_" + language + ".properties").stringPropertyNames();
            assertThat(translated).as("keys of " + language).containsExactlyInAnyOrderElementsOf(english);
            for (String key : english) {
                assertThat(load("messages_" + language + ".properties").getProperty(key))
                        .as(language + " " + key)
                        .isNotBlank();
            }
        }
    }

    /** A page shows a refusal through its error code's message key, so every code needs its message. */
    @Test
    void everyErrorCodeHasAMessage() throws Exception {
        Set<String> english = load("messages.properties").stringPropertyNames();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
        Set<String> missing = new TreeSet<>();
        int errorCodes = 0;
        for (var candidate : scanner.findCandidateComponents("org.protego")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                ErrorCode error = (ErrorCode) constant;
                errorCodes++;
                if (!english.contains(error.messageKey())) {
                    missing.add(type.getSimpleName() + "." + constant + ": " + error.messageKey());
                }
            }
        }
        assertThat(errorCodes).isGreaterThan(SharedError.values().length);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!english.contains(keys.group(1))) {
                    missing.add(template.getFileName() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralTextOutsideMessageExpressions() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            var document = Jsoup.parse(Files.readString(template));
            document.getAllElements().forEach(element -> {
                boolean replacedAtRuntime = element.hasAttr("th:text")
                        || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace")
                        || element.hasAttr("th:insert");
                boolean insideReplaced = element.parents().stream()
                        .anyMatch(parent -> parent.hasAttr("th:text") || parent.hasAttr("th:replace"));
                String ownText = element.ownText().strip();
                if (!replacedAtRuntime
                        && !insideReplaced
                        && ownText.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(template.getFileName() + ": <" + element.tagName() + "> " + ownText);
                }
            });
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
