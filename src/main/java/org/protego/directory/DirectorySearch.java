package org.protego.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the active services that fit a child: by age, sex, language, referral type, area and opening hours. Staff who
 * refer children, and service providers, may search; the directory holds no data about children.
 */
@Service
public class DirectorySearch {

    public static final int PAGE_SIZE = 50;
    static final int MAX_AGE = 120;
    static final int MAX_AREA = 200;
    static final Set<String> SEXES = Set.of("female", "male", "other", "unknown");
    private static final Pattern NEED = Pattern.compile("[a-z_]{1,40}");

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectorySearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The services that fit every criterion given, by name, one page at a time. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR','SERVICE_PROVIDER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceSummary> search(ServiceCriteria criteria) {
        List<FieldProblem> problems = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select s.id, s.name, s.status, o.organisation_id, o.name, o.sector, s.minimum_age, s.maximum_age,
                       s.sexes, s.languages, s.needs
                from directory_service s join directory_organisation o on o.id = s.directory_organisation_id
                where s.status = 'active'""");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.age() != null) {
            if (criteria.age() < 0 || criteria.age() > MAX_AGE) {
                problems.add(invalid("age", "0-" + MAX_AGE));
            }
            sql.append(" and (s.minimum_age is null or s.minimum_age <= :age)")
                    .append(" and (s.maximum_age is null or s.maximum_age >= :age)");
            parameters.put("age", criteria.age());
        }
        if (TypedText.orNullIfBlank(criteria.sex()) != null) {
            String sex = criteria.sex().strip().toLowerCase(Locale.ROOT);
            if (!SEXES.contains(sex)) {
                problems.add(
                        invalid("sex", String.join(", ", SEXES.stream().sorted().toList())));
            }
            sql.append(" and (s.sexes is null or :sex = any (s.sexes))");
            parameters.put("sex", sex);
        }
        if (TypedText.orNullIfBlank(criteria.language()) != null) {
            String language = LanguageCodes.normalised(criteria.language()).orElse(null);
            if (language == null) {
                problems.add(invalid("language", "ISO 639"));
            }
            sql.append(" and :language = any (s.languages)");
            parameters.put("language", language);
        }
        if (TypedText.orNullIfBlank(criteria.need()) != null) {
            String need = criteria.need().strip().toLowerCase(Locale.ROOT);
            if (!NEED.matcher(need).matches()) {
                problems.add(invalid("need", "a-z, _"));
            }
            sql.append(" and :need = any (s.needs)");
            parameters.put("need", need);
        }
        if (TypedText.orNullIfBlank(criteria.area()) != null) {
            String area = criteria.area().strip().toLowerCase(Locale.ROOT);
            if (area.length() > MAX_AREA || TypedText.hasForbiddenControlCharacters(area)) {
                problems.add(invalid("area", String.valueOf(MAX_AREA)));
            }
            sql.append(" and :area = any (s.areas)");
            parameters.put("area", area);
        }
        if (criteria.openOn() != null || criteria.openAt() != null) {
            sql.append(" and exists (select 1 from directory_opening opening where opening.service_id = s.id")
                    .append(" and (opening.valid_from is null or opening.valid_from <= :today)")
                    .append(" and (opening.valid_to is null or opening.valid_to >= :today)");
            parameters.put("today", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            if (criteria.openOn() != null) {
                sql.append(" and opening.day = :day");
                parameters.put("day", criteria.openOn().getValue());
            }
            if (criteria.openAt() != null) {
                sql.append(" and opening.opens <= :at and opening.closes > :at");
                parameters.put("at", criteria.openAt());
            }
            sql.append(")");
        }
        if (criteria.page() < 0) {
            problems.add(invalid("page", "0-"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        sql.append(" order by s.name, s.id limit :limit offset :offset");
        parameters.put("limit", PAGE_SIZE);
        parameters.put("offset", criteria.page() * PAGE_SIZE);
        return jdbc.sql(sql.toString())
                .params(parameters)
                .query(ServiceDirectory::summaryOf)
                .list();
    }

    private static FieldProblem invalid(String field, String allowed) {
        return new FieldProblem(field, DirectoryError.SEARCH_CRITERION_INVALID, field, allowed);
    }
}
