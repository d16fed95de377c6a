package org.protego.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;

/** The case forms' flat fields become the details the API takes, and a case's details fill the form back. */
class CaseFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static Map<String, String> filled() {
        Map<String, String> form = new HashMap<>();
        form.put("child.givenName", "Malee");
        form.put("child.familyName", "Srisuk");
        form.put("child.sex", "female");
        form.put("child.dateOfBirth", "2012-05-31");
        form.put("child.languages", "TH, en;  lo");
        form.put("document.0.type", "passport");
        form.put("document.0.number", "AB123");
        form.put("document.2.type", "birth certificate");
        form.put("document.2.number", "77");
        form.put("document.2.issuingCountry", "TH");
        form.put("unaccompanied", "true");
        form.put("exploitation.trafficking", "true");
        form.put("exploitation.grooming", "true");
        form.put("riskLevel", "medium");
        return form;
    }

    @Test
    void theFormsFieldsBecomeTheDetailsWithEmptyRowsAndUntickedBoxesLeftOut() {
        CaseDetails details = CaseForm.detailsFrom(filled(), TODAY);

        assertThat(details.child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 31));
        assertThat(details.child().languages()).containsExactly("th", "en", "lo");
        assertThat(details.child().identityDocuments())
                .containsExactly(
                        new IdentityDocument("passport", "AB123", null),
                        new IdentityDocument("birth certificate", "77", "TH"));
        assertThat(details.formsOfExploitation()).containsExactly("grooming", "trafficking");
        assertThat(details.unaccompanied()).isTrue();
        assertThat(details.separated()).isFalse();
        assertThat(details.riskLevel()).isEqualTo("medium");
        assertThat(details.child().otherNames())
                .as("an empty field clears on an edit")
                .isEmpty();
    }

    @Test
    void aDateOrAgeThatCannotBeReadIsRefusedTogetherWithEveryOtherProblem() {
        Map<String, String> form = filled();
        form.put("child.dateOfBirth", "31/05/2012");
        form.put("child.estimatedAge", "about ten");
        form.put("child.nationality", "Thailand");
        form.remove("riskLevel");

        assertThatThrownBy(() -> CaseForm.detailsFrom(form, TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        refused -> assertThat(refused.problems().stream()
                                        .map(FieldProblem::code)
                                        .toList())
                                .containsExactlyInAnyOrder(
                                        "case-date-unreadable",
                                        "case-estimated-age-invalid",
                                        "case-nationality-invalid",
                                        "case-risk-level-invalid"));
    }

    @Test
    void aCaseFillsTheFormItCameFromAndOneEmptyDocumentRowMore() {
        CaseDetails details = ChildCase.normalised(CaseForm.detailsFrom(filled(), TODAY), TODAY);
        CaseView view = new CaseView(
                UUID.randomUUID(),
                "C-2026-000001",
                4,
                "open",
                "direct",
                null,
                "worker",
                "north",
                Instant.EPOCH,
                Instant.EPOCH,
                details.child(),
                "10-14",
                details.formsOfExploitation(),
                details.unaccompanied(),
                details.separated(),
                details.trafficked(),
                details.displaced(),
                details.riskLevel(),
                details.protectionNeeds(),
                true,
                null,
                null,
                false);

        Map<String, String> values = CaseForm.valuesOf(view);

        assertThat(values)
                .containsEntry("child.languages", "th, en, lo")
                .containsEntry("document.1.issuingCountry", "TH")
                .containsEntry("exploitation.trafficking", "true")
                .containsEntry("unaccompanied", "true")
                .containsEntry("version", "4")
                .doesNotContainKey("separated");
        assertThat(CaseForm.documentRows(values)).isEqualTo(3);
        assertThat(CaseForm.documentRows(Map.of("document.4.type", "x"))).isEqualTo(6);
        assertThat(CaseForm.detailsFrom(values, TODAY).child().identityDocuments())
                .isEqualTo(details.child().identityDocuments());
        assertThat(List.of(
                        CaseForm.isBox("displaced"), CaseForm.isBox("exploitation.other"), CaseForm.isBox("riskLevel")))
                .containsExactly(true, true, false);
    }
}
