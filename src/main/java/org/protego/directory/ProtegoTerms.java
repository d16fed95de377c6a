package org.protego.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Protego's own HSDS taxonomies, which say what HSDS 3.0 has no field for: the referral types a service accepts
 * ({@code protego-referral-types}, link type {@code service_type}) and the sexes it is restricted to
 * ({@code protego-eligibility}, link type {@code eligibility}). A term is recognised by its taxonomy's name and its
 * code, as the design brief of issue 10 (section 2) fixes them.
 */
final class ProtegoTerms {

    static final String REFERRAL_TYPES = "protego-referral-types";
    static final String ELIGIBILITY = "protego-eligibility";

    /** The referral types of the taxonomy, in the order the pages list them. */
    static final List<String> NEEDS = List.of(
            "health",
            "psychosocial",
            "shelter",
            "legal_aid",
            "education",
            "family_tracing",
            "repatriation_support",
            "other");

    /** The sexes a service may be restricted to; a service with neither is open to every sex. */
    static final List<String> SEXES = List.of("female", "male");

    private ProtegoTerms() {}

    /** The code of the attribute's term when the term belongs to this taxonomy. */
    static Optional<String> codeIn(String taxonomy, JsonNode attribute) {
        JsonNode term = attribute.path("taxonomy_term");
        boolean named = taxonomy.equals(term.path("taxonomy").asString(""))
                || taxonomy.equals(term.path("taxonomy_detail").path("name").asString(""));
        String code = term.path("code").asString("");
        return named && !code.isEmpty() ? Optional.of(code) : Optional.empty();
    }

    /** Whether the attribute names a term of either of Protego's service taxonomies, which the service form manages. */
    static boolean managedByTheForm(JsonNode attribute) {
        return codeIn(REFERRAL_TYPES, attribute).isPresent()
                || codeIn(ELIGIBILITY, attribute).isPresent();
    }

    /** A new attribute linking the service to a term; the term's id is the same for every service. */
    static ObjectNode attribute(String taxonomy, String code, UUID attributeId, UUID serviceId) {
        ObjectNode term = JsonNodeFactory.instance.objectNode();
        term.put("id", termId(taxonomy, code).toString());
        term.put("code", code);
        term.put("name", code.replace('_', ' '));
        term.put("description", description(taxonomy, code));
        term.put("taxonomy", taxonomy);
        ObjectNode attribute = JsonNodeFactory.instance.objectNode();
        attribute.put("id", attributeId.toString());
        attribute.put("taxonomy_term_id", termId(taxonomy, code).toString());
        attribute.put("link_type", REFERRAL_TYPES.equals(taxonomy) ? "service_type" : "eligibility");
        attribute.put("link_entity", "service");
        attribute.put("link_id", serviceId.toString());
        attribute.set("taxonomy_term", term);
        return attribute;
    }

    /** A term's id, the same wherever it is computed, from its taxonomy and code. */
    static UUID termId(String taxonomy, String code) {
        return UUID.nameUUIDFromBytes((taxonomy + "/" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static String description(String taxonomy, String code) {
        return REFERRAL_TYPES.equals(taxonomy)
                ? "The service accepts referrals of this type: " + code.replace('_', ' ') + "."
                : "The service is only for children of this sex: " + code + ".";
    }
}
