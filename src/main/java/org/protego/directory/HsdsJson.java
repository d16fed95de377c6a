package org.protego.directory;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS JSON to Protego's {@link HsdsService} and back. Reading keeps only the members the records have; call it on a
 * tree {@link HsdsRules} found no problem in. Writing leaves out members that have no value.
 */
final class HsdsJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion ->
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private HsdsJson() {}

    static HsdsService service(JsonNode json) {
        return JSON.treeToValue(json, HsdsService.class);
    }

    static HsdsService service(String json) {
        return JSON.readValue(json, HsdsService.class);
    }

    static HsdsService.Organization organization(String json) {
        return JSON.readValue(json, HsdsService.Organization.class);
    }

    static ObjectNode tree(Object hsds) {
        return JSON.valueToTree(hsds);
    }

    static String text(Object hsds) {
        return JSON.writeValueAsString(hsds);
    }

    /** Parses JSON text, for uploaded files. */
    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
