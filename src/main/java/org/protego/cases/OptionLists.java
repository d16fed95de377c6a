package org.protego.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.protego.audit.AuditTrail;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The option lists that vary by country, such as identity document types and languages: an administrator sets a list
 * for every country ({@code *}) and, where a country differs, one for that country; staff read the list of the
 * deployment's country ({@code protego.country}), or the one for every country where it has none.
 */
@Service
class OptionLists {

    static final String EVERY_COUNTRY = "*";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> TRANSLATIONS = new TypeReference<>() {};

    /** One choice: a stable code, its English label and its label in other languages. */
    record Option(String code, String label, Map<String, String> translations) {

        Option {
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }

        /** The label in a language, or the English one where there is no translation. */
        public String labelIn(Locale locale) {
            return translations.getOrDefault(locale.getLanguage(), label);
        }
    }

    /** A list as it applies to a country; {@code country} is the one it was set for, {@code *} for every country. */
    record OptionList(String list, String country, List<Option> options) {}

    private final JdbcClient jdbc;
    private final DeploymentCountry deployment;
    private final AuditTrail auditTrail;

    OptionLists(JdbcClient jdbc, DeploymentCountry deployment, AuditTrail auditTrail) {
        this.jdbc = jdbc;
        this.deployment = deployment;
        this.auditTrail = auditTrail;
    }

    /** The names of the lists there are, and the countries each has a list of its own for. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        jdbc.sql("select distinct list_name, country from case_option order by list_name, country")
                .query((rs, n) -> Map.entry(rs.getString("list_name"), rs.getString("country")))
                .list()
                .forEach(entry -> names.computeIfAbsent(entry.getKey(), name -> new java.util.ArrayList<>())
                        .add(entry.getValue()));
        return names;
    }

    /**
     * The list that applies to a country (the deployment's when none is given): the country's own, or the one for
     * every country.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OptionList applying(String list, String country) {
        requireName(list);
        String wanted =
                country == null || country.isBlank() ? deployment.code().orElse(EVERY_COUNTRY) : countryOf(country);
        return applyingTo(list, wanted).orElseThrow(() -> new NotFoundException(CaseError.OPTION_LIST_UNKNOWN, list));
    }

    /** The list set for exactly this country ({@code *}: every country), empty where none is set. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Option> setFor(String list, String country) {
        requireName(list);
        return options(list, countryOf(country));
    }

    /**
     * Replaces a list for one country ({@code *} or none: every country). An empty list for a country removes its
     * own, so that the list for every country applies there again; the list for every country cannot be emptied.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OptionList replace(String list, String country, List<Option> options) {
        requireName(list);
        String target = country == null || country.isBlank() ? EVERY_COUNTRY : countryOf(country);
        List<FieldProblem> problems = OptionListRules.problemsOf(list, EVERY_COUNTRY.equals(target), options);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        jdbc.sql("delete from case_option where list_name = :list and country = :country")
                .param("list", list)
                .param("country", target)
                .update();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            jdbc.sql("""
                    insert into case_option (list_name, country, code, label, translations, position)
                    values (:list, :country, :code, :label, cast(:translations as jsonb), :position)""")
                    .param("list", list)
                    .param("country", target)
                    .param("code", option.code())
                    .param("label", option.label().strip())
                    .param("translations", JSON.writeValueAsString(option.translations()))
                    .param("position", i + 1)
                    .update();
        }
        auditTrail.record(
                "option-list.changed",
                "option-list",
                list + "/" + target,
                "codes=" + options.stream().map(Option::code).toList());
        return new OptionList(list, target, options(list, target));
    }

    /**
     * The problems of a child's identity documents and languages against the deployment's lists; a part left out
     * (null) is not checked, so a change that does not touch them is not refused for an option removed since.
     */
    List<FieldProblem> problemsOf(ChildRecord child) {
        if (child == null) {
            return List.of();
        }
        String country = deployment.code().orElse(EVERY_COUNTRY);
        return OptionListRules.childProblemsOf(
                child,
                child.identityDocuments() == null ? null : codes(OptionListRules.DOCUMENT_TYPES, country),
                child.languages() == null ? null : codes(OptionListRules.LANGUAGES, country));
    }

    private Set<String> codes(String list, String country) {
        return applyingTo(list, country)
                .map(found -> found.options().stream().map(Option::code).collect(Collectors.toSet()))
                .orElse(null);
    }

    private Optional<OptionList> applyingTo(String list, String country) {
        List<Option> own = EVERY_COUNTRY.equals(country) ? List.of() : options(list, country);
        if (!own.isEmpty()) {
            return Optional.of(new OptionList(list, country, own));
        }
        List<Option> every = options(list, EVERY_COUNTRY);
        return every.isEmpty() ? Optional.empty() : Optional.of(new OptionList(list, EVERY_COUNTRY, every));
    }

    private List<Option> options(String list, String country) {
        return jdbc.sql("""
                select code, label, translations::text as translations from case_option
                where list_name = :list and country = :country order by position, code""")
                .param("list", list)
                .param("country", country)
                .query((rs, n) -> new Option(
                        rs.getString("code"),
                        rs.getString("label"),
                        JSON.readValue(rs.getString("translations"), TRANSLATIONS)))
                .list();
    }

    private static void requireName(String list) {
        if (!OptionListRules.validListName(list)) {
            throw new RefusedException(CaseError.OPTION_LIST_NAME_INVALID, String.valueOf(list));
        }
    }

    private static String countryOf(String country) {
        if (country == null || country.isBlank() || EVERY_COUNTRY.equals(country.strip())) {
            return EVERY_COUNTRY;
        }
        if (!CountryCode.isValid(country)) {
            throw new InvalidRequestException(List.of(new FieldProblem("country", CaseError.OPTION_COUNTRY_INVALID)));
        }
        return CountryCode.parse(country).value();
    }
}
