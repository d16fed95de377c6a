package org.protego.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    final ReportValidator validator = new ReportValidator(LocalDate.of(2026, 11, 24));

    SubmitReport report(String category, List<String> urls, String description) {
        return new SubmitReport(category, urls, description, null, null, "en", false, false, null);
    }

    @Test
    void collectsEveryProblemInsteadOfStoppingAtTheFirst() {
        var result = validator.validate(new SubmitReport(
                "unknown",
                List.of("javascript:alert(1)", "file:///x"),
                "ok",
                "XX",
                "tomorrow",
                "de",
                false,
                false,
                "c".repeat(501)));

        assertThat(result.errors())
                .containsExactlyInAnyOrder(
                        ReportError.CATEGORY_UNKNOWN,
                        ReportError.URL_SCHEME_UNSUPPORTED,
                        ReportError.COUNTRY_UNKNOWN,
                        ReportError.DATE_INVALID,
                        ReportError.LANGUAGE_UNSUPPORTED,
                        ReportError.CONTACT_TOO_LONG);
    }

    @Test
    void rejectsJavascriptDataAndFileUrls() {
        for (String url : List.of("javascript:alert(1)", "data:text/html;base64,PGI+", "file:///etc/passwd")) {
            assertThat(validator
                            .validate(report("child_sexual_abuse_material", List.of(url), null))
                            .errors())
                    .containsExactly(ReportError.URL_SCHEME_UNSUPPORTED);
        }
    }

    @Test
    void rejectsUrlsWithoutHost() {
        assertThat(validator
                        .validate(report("child_sexual_abuse_material", List.of("http:///path"), null))
                        .errors())
                .containsExactly(ReportError.URL_WITHOUT_HOST);
    }

    @Test
    void rejectsControlCharactersButKeepsLineBreaks() {
        assertThat(validator
                        .validate(report("other", List.of(), "line one\nline two\tend"))
                        .isValid())
                .isTrue();
        assertThat(validator.validate(report("other", List.of(), "bell\u0007")).errors())
                .containsExactly(ReportError.CONTROL_CHARACTERS);
    }

    @Test
    void rejectsFutureIncidentDates() {
        var result = validator.validate(
                new SubmitReport("other", List.of(), "x", null, "2026-11-25", "en", false, false, null));

        assertThat(result.errors()).containsExactly(ReportError.DATE_INVALID);
    }

    @Test
    void acceptsOneHundredUrlsAndRefusesMore() {
        var hundred = java.util.Collections.nCopies(100, "http://example.org/");
        var hundredAndOne = java.util.Collections.nCopies(101, "http://example.org/");

        assertThat(validator
                        .validate(report("child_sexual_abuse_material", hundred, null))
                        .isValid())
                .isTrue();
        assertThat(validator
                        .validate(report("child_sexual_abuse_material", hundredAndOne, null))
                        .errors())
                .containsExactly(ReportError.TOO_MANY_URLS);
    }

    @Test
    void keepsMarkupAsPlainText() {
        var result = validator.validate(report("other", List.of(), "<img src=x onerror=alert(1)>"));

        assertThat(result.report().description()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void eachProblemNamesItsFieldAndAUrlsProblemItsLine() {
        var result = validator.validate(
                report("child_sexual_abuse_material", List.of("http://example.org/", "javascript:alert(1)"), null));

        assertThat(result.fieldProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("urls[1]");
            assertThat(problem.code()).isEqualTo("url-scheme-unsupported");
            assertThat(problem.messageKey()).isEqualTo("reports.error.url-scheme-unsupported");
        });
    }

    @Test
    void aValidReportHasNoProblems() {
        var result = validator.validate(report("grooming", List.of(), "Someone asked my sister for photos"));

        assertThat(result.isValid()).isTrue();
        assertThat(result.fieldProblems()).isEmpty();
    }
}
