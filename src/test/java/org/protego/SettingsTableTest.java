package org.protego;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The README's settings table is what operators read, and the settings records are what the application binds: the
 * two name the same {@code protego.*} settings with the same defaults, and {@code application.properties} does not
 * quietly set another default.
 */
class SettingsTableTest {

    private static final Pattern TABLE_ROW =
            Pattern.compile("^\\| `(protego\\.[a-z0-9.-]+)`[^|]*\\| ([^|]*) \\|", Pattern.MULTILINE);
    private static final Pattern LITERAL = Pattern.compile("`([^`]*)`");

    @Test
    void theReadmeDocumentsExactlyTheSettingsTheApplicationBinds() throws Exception {
        Map<String, String> documented = documentedDefaults();
        Map<String, String> bound = boundDefaults();
        assertThat(documented.keySet()).as("settings in README").containsExactlyInAnyOrderElementsOf(bound.keySet());
    }

    @Test
    void everyDefaultTheReadmeGivesIsTheDefaultTheApplicationUses() throws Exception {
        Map<String, String> bound = boundDefaults();
        documentedDefaults().forEach((name, documentedDefault) -> {
            Matcher literal = LITERAL.matcher(documentedDefault);
            if (literal.matches()) {
                assertThat(bound.get(name)).as(name).isEqualTo(literal.group(1));
            }
        });
    }

    @Test
    void applicationPropertiesSetsNoDefaultOtherThanTheSettingsOwn() throws Exception {
        Map<String, String> bound = boundDefaults();
        Properties properties = new Properties();
        try (Reader in =
                Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("protego.")) {
                assertThat(bound)
                        .as("application.properties sets an unknown setting")
                        .containsKey(name);
                assertThat(properties.getProperty(name)).as(name).isEqualTo(bound.get(name));
            }
        }
    }

    private static Map<String, String> documentedDefaults() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher rows = TABLE_ROW.matcher(Files.readString(Path.of("README.md")));
        while (rows.find()) {
            documented.put(rows.group(1), rows.group(2).trim());
        }
        assertThat(documented).as("the README's settings table").isNotEmpty();
        return documented;
    }

    /** Every setting of every settings record, with its default value ("" where it has none). */
    static Map<String, String> boundDefaults() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Map<String, String> bound = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("org.protego")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            assertThat(type.isRecord())
                    .as(type.getName() + " is a settings record")
                    .isTrue();
            collect(prefix, type, bound);
        }
        return bound;
    }

    private static void collect(String prefix, Class<?> record, Map<String, String> bound) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] parameters = canonicalConstructor(record, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            String name = prefix + "." + kebab(components[i].getName());
            Class<?> type = components[i].getType();
            if (type.isRecord() && type.getName().startsWith("org.protego.")) {
                collect(name, type, bound);
                continue;
            }
            // The binder reads defaults from the constructor's parameters, where the annotation lands.
            DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
            bound.put(name, defaultValue == null ? "" : String.join(",", defaultValue.value()));
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> record, RecordComponent[] components) {
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return record.getDeclaredConstructor(types);
        } catch (NoSuchMethodException impossible) {
            throw new IllegalStateException(record + " has no canonical constructor", impossible);
        }
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
