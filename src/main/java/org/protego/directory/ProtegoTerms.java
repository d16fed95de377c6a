package org.protego.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Protego's taxonomies ({@link ProtegoTaxonomies}) as the service form reads and writes them in an HSDS document: the
 * referral types a service accepts (link type {@code service_type}) and the sexes it is restricted to (link type
 * {@code eligibility}). A term is recognised by its id, or by its taxonomy's name and its code.
 */
final class ProtegoTerms {

    static final String REFERRAL_TYPES = ProtegoTaxonomies.REFERRAL_TYPES_NAME;
    static final String ELIGIBILITY = ProtegoTaxonomies.ELIGIBILITY_NAME;

    /** The referral types of the taxonomy, in the order the pages list them. */
    static final List<String> NEEDS = codes(ProtegoTaxonomies.REFERRAL_TYPES);

    /** The sexes a service may be restricted to; a service with neither is open to every sex. */
    static final List<String> SEXES = codes(ProtegoTaxonomies.ELIGIBILITY);

    private ProtegoTerms() {}

    /** The code of the attribute's term when the term belongs to this taxonomy. */
    static Optional<String> codeIn(String taxonomy, JsonNode attribute) {
        JsonNode term = attribute.path("taxonomy_term");
        for (ProtegoTaxonomies.Term known : taxonomy(taxonomy).terms()) {
            String id = known.id().toString();
            if (id.equalsIgnoreCase(attribute.path("taxonomy_term_id").asString(""))
                    || id.equalsIgnoreCase(term.path("id").asString(""))) {
                return Optional.of(known.code());
            }
        }
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

    /** A new attribute linking the service to one of the taxonomy's terms, with the term as Protego serves it. */
    static ObjectNode attribute(String taxonomyName, String code, UUID attributeId, UUID serviceId) {
        ProtegoTaxonomies.Taxonomy taxonomy = taxonomy(taxonomyName);
        ProtegoTaxonomies.Term known = term(taxonomy, code);
        ObjectNode term = JsonNodeFactory.instance.objectNode();
        term.put("id", known.id().toString());
        term.put("code", known.code());
        term.put("name", known.name());
        term.put("description", known.name());
        term.put("taxonomy", taxonomy.name());
        term.put("taxonomy_id", taxonomy.id().toString());
        ObjectNode attribute = JsonNodeFactory.instance.objectNode();
        attribute.put("id", attributeId.toString());
        attribute.put("taxonomy_term_id", known.id().toString());
        attribute.put("link_type", taxonomy.linkType());
        attribute.put("link_entity", "service");
        attribute.put("link_id", serviceId.toString());
        attribute.set("taxonomy_term", term);
        return attribute;
    }

    /** A term's id, as Protego's taxonomies fix it. */
    static UUID termId(String taxonomyName, String code) {
        return term(taxonomy(taxonomyName), code).id();
    }

    private static ProtegoTaxonomies.Taxonomy taxonomy(String name) {
        return REFERRAL_TYPES.equals(name) ? ProtegoTaxonomies.REFERRAL_TYPES : ProtegoTaxonomies.ELIGIBILITY;
    }

    private static ProtegoTaxonomies.Term term(ProtegoTaxonomies.Taxonomy taxonomy, String code) {
        return taxonomy.terms().stream()
                .filter(term -> term.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No term " + code + " in " + taxonomy.name()));
    }

    private static List<String> codes(ProtegoTaxonomies.Taxonomy taxonomy) {
        return taxonomy.terms().stream().map(ProtegoTaxonomies.Term::code).toList();
    }
}
