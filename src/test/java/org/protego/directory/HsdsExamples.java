package org.protego.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Protego's own HSDS 3.0 example services, from {@code src/test/resources/directory/hsds/}, with fresh ids and the
 * organisation names a test chooses, so that tests sharing one database never meet each other's services. Ids of
 * Protego's taxonomy terms stay as they are.
 *
 * <ul>
 *   <li>{@code safe-house-for-girls.json}: "Safe House for Girls" of "Amal Shelter", a shelter for girls of 12 to 17
 *       speaking Arabic or French, open Monday to Friday 08:00-18:00, in Byblos;
 *   <li>{@code decoys.json}: an array of a boys' shelter, a shelter for 0 to 11, a shelter without Arabic (all of
 *       "Amal Shelter") and a health service of "Cedar Health";
 *   <li>{@code with-ignored-members.json}: a legal aid service of "Amal Shelter" carrying members Protego does not
 *       keep (funding, program, additional_urls, metadata, a service area's extent, a location's external identifier).
 * </ul>
 */
public final class HsdsExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID =
            Pattern.compile("\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

    private HsdsExamples() {}

    /** The example with fresh ids, and each organisation name in {@code names} replaced by the name it maps to. */
    public static String text(String example, Map<String, String> names) {
        String text = resource(example);
        Map<String, String> fresh = new HashMap<>();
        Matcher ids = ID.matcher(text);
        StringBuilder renewed = new StringBuilder();
        while (ids.find()) {
            String id = ids.group(1);
            String replacement = id.startsWith("7a0e600")
                    ? id
                    : fresh.computeIfAbsent(id, given -> UUID.randomUUID().toString());
            ids.appendReplacement(renewed, "\"" + replacement + "\"");
        }
        ids.appendTail(renewed);
        String result = renewed.toString();
        for (Map.Entry<String, String> name : names.entrySet()) {
            result = result.replace("\"" + name.getKey() + "\"", "\"" + name.getValue() + "\"");
        }
        return result;
    }

    /** The example as a tree, as {@link #text} gives it. */
    public static JsonNode json(String example, Map<String, String> names) {
        return JSON.readTree(text(example, names));
    }

    /** The example as it is stored in the repository, unchanged. */
    public static String resource(String example) {
        try (InputStream in = HsdsExamples.class.getResourceAsStream("/directory/hsds/" + example)) {
            if (in == null) {
                throw new IllegalArgumentException("No example " + example);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
