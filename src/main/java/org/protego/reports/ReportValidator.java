package org.protego.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.protego.shared.CanonicalUrl;
import org.protego.shared.CountryCode;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidUrlException;
import org.protego.shared.TypedText;

/** Checks a submitted report completely, collecting every problem instead of stopping at the first. */
class ReportValidator {

    static final int MAX_URLS = 100;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_CONTACT = 500;
    static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "pt", "ru", "ar");

    /** One problem with the field it is shown beside; a URL's field names its line, {@code urls[0]} for the first. */
    record Problem(ReportError error, String field) {
        FieldProblem asFieldProblem() {
            return new FieldProblem(field, error);
        }
    }

    record ValidReport(
            Category category,
            List<ReportedUrl> urls,
            String description,
            CountryCode country,
            LocalDate incidentDate,
            String language,
            boolean childInDanger,
            boolean reporterIsChild,
            String contact) {}

    static final class Result {
        private final List<Problem> problems;
        private final ValidReport report;

        private Result(List<Problem> problems, ValidReport report) {
            this.problems = problems;
            this.report = report;
        }

        boolean isValid() {
            return problems.isEmpty();
        }

        List<Problem> problems() {
            return problems;
        }

        ValidReport report() {
            return report;
        }

        List<FieldProblem> fieldProblems() {
            return problems.stream().map(Problem::asFieldProblem).toList();
        }

        Set<ReportError> errors() {
            Set<ReportError> errors = EnumSet.noneOf(ReportError.class);
            problems.forEach(problem -> errors.add(problem.error()));
            return errors;
        }
    }

    private final LocalDate today;

    ReportValidator(LocalDate today) {
        this.today = today;
    }

    Result validate(SubmitReport submitted) {
        List<Problem> problems = new ArrayList<>();
        Category category =
                Category.fromCode(TypedText.orNullIfBlank(submitted.category())).orElse(null);
        if (category == null) {
            problems.add(new Problem(ReportError.CATEGORY_UNKNOWN, "category"));
        }
        List<ReportedUrl> urls = validUrls(submitted.urls(), problems);
        if (category != null
                && category.requiresUrl()
                && urls.isEmpty()
                && submitted.urls().stream().allMatch(String::isBlank)) {
            problems.add(new Problem(ReportError.URL_REQUIRED, "urls"));
        }
        String description = TypedText.orNullIfBlank(submitted.description());
        if (description != null) {
            if (description.length() > MAX_DESCRIPTION) {
                problems.add(new Problem(ReportError.DESCRIPTION_TOO_LONG, "description"));
            }
            if (TypedText.hasForbiddenControlCharacters(description)) {
                problems.add(new Problem(ReportError.CONTROL_CHARACTERS, "description"));
            }
        } else if (submitted.urls().stream().allMatch(String::isBlank) && category != null && !category.requiresUrl()) {
            problems.add(new Problem(ReportError.DESCRIPTION_REQUIRED, "description"));
        }
        CountryCode country = null;
        String countryText = TypedText.orNullIfBlank(submitted.country());
        if (countryText != null) {
            if (CountryCode.isValid(countryText)) {
                country = CountryCode.parse(countryText);
            } else {
                problems.add(new Problem(ReportError.COUNTRY_UNKNOWN, "country"));
            }
        }
        LocalDate incidentDate = null;
        String dateText = TypedText.orNullIfBlank(submitted.incidentDate());
        if (dateText != null) {
            try {
                incidentDate = LocalDate.parse(dateText.trim());
                if (incidentDate.isAfter(today)) {
                    problems.add(new Problem(ReportError.DATE_INVALID, "incidentDate"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem(ReportError.DATE_INVALID, "incidentDate"));
            }
        }
        String language = TypedText.orNullIfBlank(submitted.language()) == null
                ? "en"
                : submitted.language().trim();
        if (!LANGUAGES.contains(language)) {
            problems.add(new Problem(ReportError.LANGUAGE_UNSUPPORTED, "language"));
        }
        String contact = TypedText.orNullIfBlank(submitted.contact());
        if (contact != null) {
            if (contact.length() > MAX_CONTACT) {
                problems.add(new Problem(ReportError.CONTACT_TOO_LONG, "contact"));
            }
            if (TypedText.hasForbiddenControlCharacters(contact)) {
                problems.add(new Problem(ReportError.CONTROL_CHARACTERS, "contact"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.copyOf(problems), null);
        }
        return new Result(
                List.of(),
                new ValidReport(
                        category,
                        urls,
                        description == null ? null : description.strip(),
                        country,
                        incidentDate,
                        language,
                        submitted.childInDanger(),
                        submitted.reporterIsChild(),
                        contact == null ? null : contact.strip()));
    }

    private static List<ReportedUrl> validUrls(List<String> submitted, List<Problem> problems) {
        if (submitted.size() > MAX_URLS) {
            problems.add(new Problem(ReportError.TOO_MANY_URLS, "urls"));
            return List.of();
        }
        List<ReportedUrl> urls = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            String asReported = submitted.get(i);
            if (asReported.isBlank()) {
                continue;
            }
            try {
                urls.add(new ReportedUrl(asReported.strip(), CanonicalUrl.of(asReported)));
            } catch (InvalidUrlException e) {
                problems.add(new Problem(errorFor(e.reason()), "urls[" + i + "]"));
            }
        }
        return urls;
    }

    private static ReportError errorFor(InvalidUrlException.Reason reason) {
        return switch (reason) {
            case UNSUPPORTED_SCHEME -> ReportError.URL_SCHEME_UNSUPPORTED;
            case MISSING_HOST -> ReportError.URL_WITHOUT_HOST;
            case TOO_LONG -> ReportError.URL_TOO_LONG;
            default -> ReportError.URL_INVALID;
        };
    }
}
