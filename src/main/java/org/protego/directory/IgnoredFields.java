package org.protego.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The members of an imported HSDS service that Protego does not keep, as JSON Pointers (RFC 6901): members HSDS has
 * and Protego leaves out, such as {@code /funding} or {@code /service_areas/0/extent}, and members HSDS does not have.
 * The importer gets them back, so it knows field by field what did not come across.
 */
final class IgnoredFields {

    private IgnoredFields() {}

    /** The pointers of the members Protego does not keep, in the order they appear, each starting with {@code prefix}. */
    static List<String> of(JsonNode service, String prefix) {
        List<String> ignored = new ArrayList<>();
        walk(service, HsdsShapes.SERVICE, prefix, ignored);
        return ignored;
    }

    private static void walk(JsonNode node, HsdsShape shape, String pointer, List<String> ignored) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String at = pointer + "/" + escaped(entry.getKey());
            HsdsShape.Member member = shape.members().get(entry.getKey());
            if (member == null) {
                ignored.add(at);
            } else if (member.kind() == HsdsShape.Kind.OBJECT) {
                walk(entry.getValue(), member.shape(), at, ignored);
            } else if (member.kind() == HsdsShape.Kind.LIST && entry.getValue().isArray()) {
                for (int i = 0; i < entry.getValue().size(); i++) {
                    walk(entry.getValue().get(i), member.shape(), at + "/" + i, ignored);
                }
            }
        }
    }

    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
