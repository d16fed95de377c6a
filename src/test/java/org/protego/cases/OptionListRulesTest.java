package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;

class OptionListRulesTest {

    private static final Set<String> DOCUMENTS = Set.of("passport", "birth_certificate");
    private static final Set<String> LANGUAGES = Set.of("en", "th");

    private static ChildRecord child(List<String> languages, List<IdentityDocument> documents) {
        return new ChildRecord("Malee", null, null, "female", null, 14, null, "TH", languages, documents);
    }

    private static List<String> codesOf(List<FieldProblem> problems) {
        return problems.stream()
                .map(problem -> problem.field() + ":" + problem.code())
                .toList();
    }

    @Test
    void aDocumentTypeNotOnTheCountrysListIsRefused() {
        var problems = OptionListRules.childProblemsOf(
                child(List.of("th"), List.of(new IdentityDocument("library_card", "123", null))), DOCUMENTS, LANGUAGES);

        assertThat(codesOf(problems)).containsExactly("child.identityDocuments:case-document-invalid");
    }

    @Test
    void aLanguageNotOnTheCountrysListIsRefused() {
        var problems = OptionListRules.childProblemsOf(child(List.of("th", "xx"), List.of()), DOCUMENTS, LANGUAGES);

        assertThat(codesOf(problems)).containsExactly("child.languages:case-language-invalid");
    }

    @Test
    void documentsAndLanguagesOnTheListsPass() {
        var problems = OptionListRules.childProblemsOf(
                child(List.of("en"), List.of(new IdentityDocument("passport", "AB1", "TH"))), DOCUMENTS, LANGUAGES);

        assertThat(problems).isEmpty();
    }

    @Test
    void withoutAListNothingIsChecked() {
        var problems = OptionListRules.childProblemsOf(
                child(List.of("xx"), List.of(new IdentityDocument("library_card", "1", null))), null, null);

        assertThat(problems).isEmpty();
    }

    @Test
    void anEditedListRefusesRepeatedCodesMalformedLanguagesAndMissingLabels() {
        var problems = OptionListRules.problemsOf(
                "languages",
                false,
                List.of(
                        new OptionLists.Option("en", "English", Map.of()),
                        new OptionLists.Option("en", "English again", Map.of()),
                        new OptionLists.Option("english", "English", Map.of()),
                        new OptionLists.Option("fr", " ", Map.of()),
                        new OptionLists.Option("ar", "Arabic", Map.of("arabic", "عربي"))));

        assertThat(problems)
                .extracting(FieldProblem::field)
                .containsExactly("options[1].code", "options[2].code", "options[3].label", "options[4].translations");
    }

    @Test
    void theListForEveryCountryCannotBeEmptiedButACountrysCan() {
        assertThat(OptionListRules.problemsOf("languages", true, List.of()))
                .extracting(FieldProblem::code)
                .containsExactly("case-option-list-empty");
        assertThat(OptionListRules.problemsOf("languages", false, List.of())).isEmpty();
    }

    @Test
    void thePageTextReadsBackAsTheOptionsItWasMadeFrom() {
        List<OptionLists.Option> options = List.of(
                new OptionLists.Option("passport", "Passport", Map.of("fr", "Passeport", "ar", "جواز سفر")),
                new OptionLists.Option("other", "Other document", Map.of()));

        assertThat(OptionListPageController.optionsIn(OptionListPageController.textOf(options)))
                .isEqualTo(options);
    }
}
