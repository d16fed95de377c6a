package org.protego.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.protego.shared.Timestamps;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator definitions: shipped in {@code monitoring/indicators.json}, stored at start-up, and never changed once
 * stored. A shipped version whose body differs from the stored one stops the application, because figures already
 * published with that version could no longer be recomputed: a changed definition needs a new version.
 */
@Component
class IndicatorDefinitions {

    static final String SHIPPED = "monitoring/indicators.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A definition as shipped: its canonical body and checksum, and what it says. */
    record Shipped(String code, int version, String body, String sha256, Map<String, Object> fields) {}

    private final JdbcClient jdbc;
    private final Map<String, List<IndicatorDefinition>> byCode = new LinkedHashMap<>();

    IndicatorDefinitions(JdbcClient jdbc, Environment environment, Clock clock) {
        this.jdbc = jdbc;
        List<Shipped> shipped = parse(read());
        Map<String, String> stored = new LinkedHashMap<>();
        jdbc.sql("select code, version, body_sha256 from monitoring_definition")
                .query((rs, n) -> stored.put(rs.getString(1) + "@" + rs.getInt(2), rs.getString(3)))
                .list();
        verify(shipped, stored);
        for (Shipped definition : shipped) {
            if (!stored.containsKey(definition.code() + "@" + definition.version())) {
                store(definition, environment, clock);
            }
        }
        load();
    }

    /** Every version of every indicator, latest version first within each code, codes in shipped order. */
    List<IndicatorDefinition> all() {
        return byCode.values().stream().flatMap(List::stream).toList();
    }

    /** The latest version of each indicator still in effect. */
    List<IndicatorDefinition> current() {
        return byCode.values().stream()
                .map(versions -> versions.get(0))
                .filter(definition -> definition.effectiveTo() == null)
                .sorted(Comparator.comparing(IndicatorDefinition::code))
                .toList();
    }

    /** A version of an indicator, or its latest when {@code version} is null. */
    Optional<IndicatorDefinition> find(String code, Integer version) {
        List<IndicatorDefinition> versions = byCode.getOrDefault(code, List.of());
        return versions.stream()
                .filter(definition -> version == null || definition.version() == version)
                .findFirst();
    }

    /**
     * Refuses shipped definitions that contradict each other or what is stored: a stored version whose body changed,
     * a version shipped twice, a dimension no indicator has, or the code {@code takedown}, whose API path the takedown
     * module answers.
     */
    static void verify(List<Shipped> shipped, Map<String, String> storedChecksums) {
        Set<String> seen = new HashSet<>();
        for (Shipped definition : shipped) {
            String key = definition.code() + "@" + definition.version();
            if (!seen.add(key)) {
                throw new IllegalStateException("Indicator " + definition.code() + " version " + definition.version()
                        + " is shipped twice in " + SHIPPED);
            }
            if (!definition.code().matches("[a-z][a-z0-9_]{1,62}")
                    || definition.code().equals("takedown")) {
                throw new IllegalStateException("Indicator code '" + definition.code() + "' in " + SHIPPED
                        + " is not allowed: lower case letters, digits and _, and not 'takedown'");
            }
            if (definition.version() < 1) {
                throw new IllegalStateException("Indicator " + definition.code() + " has version "
                        + definition.version() + " in " + SHIPPED + "; versions start at 1");
            }
            for (Object dimension : (List<?>) definition.fields().getOrDefault("dimensions", List.of())) {
                if (!IndicatorCodes.isDimension(String.valueOf(dimension))) {
                    throw new IllegalStateException(
                            "Indicator " + definition.code() + " names the dimension '" + dimension + "' in " + SHIPPED
                                    + "; the dimensions are " + IndicatorCodes.COLUMNS.keySet());
                }
            }
            String stored = storedChecksums.get(key);
            if (stored != null && !stored.equals(definition.sha256())) {
                throw new IllegalStateException("The definition of indicator " + definition.code() + " version "
                        + definition.version() + " in " + SHIPPED + " differs from the one stored when it was first"
                        + " used (SHA-256 " + stored + ", shipped " + definition.sha256() + "). Figures published"
                        + " with it could no longer be recomputed: restore it and ship the change as version "
                        + (definition.version() + 1) + ".");
            }
        }
    }

    /** The shipped definitions, each with its canonical body (keys sorted, no spaces) and that body's SHA-256. */
    @SuppressWarnings("unchecked")
    static List<Shipped> parse(String json) {
        List<Shipped> shipped = new ArrayList<>();
        for (Object entry : JSON.readValue(json, List.class)) {
            Map<String, Object> fields = (Map<String, Object>) entry;
            String body = JSON.writeValueAsString(canonical(fields));
            shipped.add(new Shipped(
                    String.valueOf(fields.get("code")),
                    ((Number) fields.getOrDefault("version", 0)).intValue(),
                    body,
                    sha256(body),
                    fields));
        }
        return shipped;
    }

    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((key, item) -> sorted.put(String.valueOf(key), canonical(item)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(IndicatorDefinitions::canonical).toList();
        }
        return value;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SHIPPED, e);
        }
    }

    /**
     * Stores a new version, its parameters frozen: a parameter that names a setting takes that setting's value now,
     * so that changing the setting later changes no published figure.
     */
    @SuppressWarnings("unchecked")
    private void store(Shipped definition, Environment environment, Clock clock) {
        Map<String, Object> fields = definition.fields();
        Map<String, Object> parameters = new TreeMap<>();
        ((Map<String, Object>) fields.getOrDefault("parameters", Map.of())).forEach((name, value) -> {
            if (value instanceof Map<?, ?> fromSetting && fromSetting.get("setting") != null) {
                parameters.put(
                        name,
                        environment.getProperty(
                                String.valueOf(fromSetting.get("setting")),
                                String.valueOf(fromSetting.get("default"))));
            } else {
                parameters.put(name, value);
            }
        });
        jdbc.sql("""
                        insert into monitoring_definition (code, version, title_key, unit, measure, dimensions,
                            country_concept, fact_kinds, parameters, body, body_sha256, effective_from, effective_to,
                            created_at)
                        values (:code, :version, :title, :unit, :measure, :dimensions, :country, :kinds,
                            cast(:parameters as jsonb), :body, :sha256, :from, :to, :now)
                        on conflict do nothing""")
                .param("code", definition.code())
                .param("version", definition.version())
                .param("title", fields.get("title"))
                .param("unit", fields.get("unit"))
                .param("measure", fields.get("measure"))
                .param("dimensions", ((List<String>) fields.get("dimensions")).toArray(String[]::new))
                .param("country", fields.get("country"))
                .param("kinds", ((List<String>) fields.get("factKinds")).toArray(String[]::new))
                .param("parameters", JSON.writeValueAsString(parameters))
                .param("body", definition.body())
                .param("sha256", definition.sha256())
                .param("from", LocalDate.parse(String.valueOf(fields.get("effectiveFrom"))))
                .param(
                        "to",
                        fields.get("effectiveTo") == null ? null : LocalDate.parse((String) fields.get("effectiveTo")))
                .param("now", Timestamps.offset(clock.instant()))
                .update();
    }

    @SuppressWarnings("unchecked")
    private void load() {
        List<IndicatorDefinition> definitions = jdbc.sql("""
                        select code, version, title_key, unit, measure, dimensions, country_concept, fact_kinds,
                               parameters::text as parameters, effective_from, effective_to, body_sha256
                        from monitoring_definition order by code, version desc""")
                .query((rs, n) -> new IndicatorDefinition(
                        rs.getString("code"),
                        rs.getInt("version"),
                        rs.getString("title_key"),
                        rs.getString("unit"),
                        rs.getString("measure"),
                        strings(rs.getArray("dimensions")),
                        rs.getString("country_concept"),
                        strings(rs.getArray("fact_kinds")),
                        JSON.readValue(rs.getString("parameters"), Map.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        rs.getString("body_sha256")))
                .list();
        definitions.forEach(definition -> byCode.computeIfAbsent(definition.code(), code -> new ArrayList<>())
                .add(definition));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
