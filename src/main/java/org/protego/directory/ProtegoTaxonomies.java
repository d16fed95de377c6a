package org.protego.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Protego's own taxonomies, with fixed ids, for what HSDS 3.0 has no field for: the referral types a service accepts,
 * the sexes it is restricted to (HSDS 3.0 keeps only ages as eligibility), and an organisation's sector. Migration
 * V52 stores the same terms, which the HSDS read API serves. A term is recognised by its id, or by its taxonomy's name
 * and its code.
 */
final class ProtegoTaxonomies {

    /** One of Protego's taxonomies; {@code linkType} is what its attributes' {@code link_type} says. */
    record Taxonomy(UUID id, String name, String description, String linkType, List<Term> terms) {}

    /** A term of one of Protego's taxonomies. */
    record Term(UUID id, UUID taxonomyId, String taxonomy, String code, String name) {}

    static final String REFERRAL_TYPES_NAME = "protego-referral-types";
    static final String ELIGIBILITY_NAME = "protego-eligibility";
    static final String SECTORS_NAME = "protego-sectors";

    static final Taxonomy REFERRAL_TYPES = taxonomy(
            1,
            REFERRAL_TYPES_NAME,
            "The kinds of referral a service accepts",
            "service_type",
            "health:Health",
            "psychosocial:Psychosocial support",
            "shelter:Shelter",
            "legal_aid:Legal aid",
            "education:Education",
            "family_tracing:Family tracing",
            "repatriation_support:Repatriation support",
            "other:Other");

    static final Taxonomy ELIGIBILITY = taxonomy(
            2,
            ELIGIBILITY_NAME,
            "The sexes a service is restricted to; a service with none is open to every sex",
            "eligibility",
            "female:Female",
            "male:Male");

    static final Taxonomy SECTORS = taxonomy(
            3,
            SECTORS_NAME,
            "The sector an organisation works in",
            "sector",
            "health:Health",
            "social_welfare:Social welfare",
            "education:Education",
            "justice:Justice",
            "law_enforcement:Law enforcement",
            "civil_society:Civil society",
            "other:Other");

    static final List<Taxonomy> ALL = List.of(REFERRAL_TYPES, ELIGIBILITY, SECTORS);

    private ProtegoTaxonomies() {}

    /** The term of this taxonomy that the attribute links to, if any. */
    static Optional<Term> termOf(HsdsService.Attribute attribute, Taxonomy taxonomy) {
        HsdsService.TaxonomyTerm given = attribute.taxonomyTerm();
        for (Term term : taxonomy.terms()) {
            if (term.id().equals(attribute.taxonomyTermId())
                    || given != null && term.id().equals(given.id())) {
                return Optional.of(term);
            }
            if (given != null && term.code().equals(given.code()) && namesTaxonomy(given, taxonomy)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    private static boolean namesTaxonomy(HsdsService.TaxonomyTerm term, Taxonomy taxonomy) {
        return taxonomy.name().equals(term.taxonomy())
                || taxonomy.id().equals(term.taxonomyId())
                || term.taxonomyDetail() != null
                        && (taxonomy.id().equals(term.taxonomyDetail().id())
                                || taxonomy.name().equals(term.taxonomyDetail().name()));
    }

    /** The codes of this taxonomy's terms that the attributes link to, in the order of the taxonomy. */
    static List<String> codesAmong(List<HsdsService.Attribute> attributes, Taxonomy taxonomy) {
        return taxonomy.terms().stream()
                .filter(term -> attributes.stream()
                        .map(attribute -> termOf(attribute, taxonomy))
                        .flatMap(Optional::stream)
                        .anyMatch(term::equals))
                .map(Term::code)
                .toList();
    }

    /**
     * The attributes with the id of Protego's term filled in where they named it by taxonomy and code only, so that
     * HSDS's {@code taxonomy_term_id} filter finds them.
     */
    static List<HsdsService.Attribute> linked(List<HsdsService.Attribute> attributes) {
        return attributes.stream()
                .map(attribute -> attribute.taxonomyTermId() != null
                        ? attribute
                        : ALL.stream()
                                .map(taxonomy -> termOf(attribute, taxonomy))
                                .flatMap(Optional::stream)
                                .findFirst()
                                .map(term -> attribute.withTaxonomyTermId(term.id()))
                                .orElse(attribute))
                .toList();
    }

    /** The term with this id, of any of Protego's taxonomies. */
    static Optional<Term> term(UUID id) {
        return ALL.stream()
                .flatMap(taxonomy -> taxonomy.terms().stream())
                .filter(term -> Objects.equals(term.id(), id))
                .findFirst();
    }

    // Ids read 7a0e600<taxonomy>-...-<term>, so that a person can tell Protego's terms apart in data.
    private static Taxonomy taxonomy(
            int number, String name, String description, String linkType, String... codesAndNames) {
        UUID taxonomyId = UUID.fromString("7a0e600%d-0000-4000-8000-000000000000".formatted(number));
        List<Term> terms = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i++) {
            String[] codeAndName = codesAndNames[i].split(":", 2);
            UUID termId = UUID.fromString("7a0e600%d-0000-4000-8000-%012d".formatted(number, i + 1));
            terms.add(new Term(termId, taxonomyId, name, codeAndName[0], codeAndName[1]));
        }
        return new Taxonomy(taxonomyId, name, description, linkType, List.copyOf(terms));
    }
}
