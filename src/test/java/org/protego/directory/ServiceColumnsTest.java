package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The columns the directory searches come from the service's HSDS document, with Protego's taxonomies. */
class ServiceColumnsTest {

    private static HsdsService girlsShelter() {
        return HsdsJson.service(HsdsExamples.json("safe-house-for-girls.json", Map.of()));
    }

    @Test
    void theGirlsShelterIsForGirlsOfTwelveToSeventeenSpeakingArabicOrFrench() {
        ServiceColumns columns = ServiceColumns.of(girlsShelter());

        assertThat(columns.status()).isEqualTo("active");
        assertThat(columns.minimumAge()).isEqualByComparingTo(BigDecimal.valueOf(12));
        assertThat(columns.maximumAge()).isEqualByComparingTo(BigDecimal.valueOf(17));
        assertThat(columns.sexes()).containsExactly("female");
        assertThat(columns.needs()).containsExactly("psychosocial", "shelter");
        assertThat(columns.languages())
                .as("the location's three-letter code names Arabic too")
                .containsExactlyInAnyOrder("ar", "fr");
        assertThat(columns.areas()).containsExactly("mount lebanon", "byblos", "keserwan-jbeil");
    }

    @Test
    void aWeeklyScheduleOpensTheServiceOnEachOfItsDays() {
        assertThat(ServiceColumns.of(girlsShelter()).openings())
                .extracting(ServiceColumns.Opening::day)
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(ServiceColumns.of(girlsShelter()).openings().get(0))
                .isEqualTo(new ServiceColumns.Opening(
                        1, LocalTime.of(8, 0), LocalTime.of(18, 0), LocalDate.of(2024, 1, 1), null));
    }

    @Test
    void monthlyDaysAndOffsetsDoNotCountAsWeeklyOpenings() {
        ObjectNode json = (ObjectNode) HsdsExamples.json("safe-house-for-girls.json", Map.of());
        ObjectNode schedule = (ObjectNode) json.get("schedules").get(0);
        schedule.put("byday", "2MO,SA");
        schedule.put("opens_at", "09:30:00+03:00");
        ObjectNode monthly = ((ObjectNode) json.get("schedules").get(0)).deepCopy();
        monthly.put("freq", "MONTHLY");
        monthly.put("byday", "SU");
        json.withArray("schedules").add(monthly);

        List<ServiceColumns.Opening> openings =
                ServiceColumns.of(HsdsJson.service(json)).openings();

        assertThat(openings).extracting(ServiceColumns.Opening::day).containsExactly(6);
        assertThat(openings.get(0).opens()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void aServiceWithoutEligibilityTermsIsOpenToEverySex() {
        ObjectNode json = (ObjectNode) HsdsExamples.json("safe-house-for-girls.json", Map.of());
        json.withArray("attributes").remove(2);

        assertThat(ServiceColumns.of(HsdsJson.service(json)).sexes()).isEmpty();
    }

    @Test
    void aTermIsRecognisedByItsTaxonomysNameAndCodeWithoutProtegosId() {
        UUID otherId = UUID.randomUUID();
        var term = new HsdsService.TaxonomyTerm(
                otherId,
                "family_tracing",
                "Family tracing",
                "-",
                null,
                "protego-referral-types",
                null,
                null,
                null,
                null);
        var attribute = new HsdsService.Attribute(UUID.randomUUID(), null, "service_type", null, null, null, term);

        assertThat(ProtegoTaxonomies.codesAmong(List.of(attribute), ProtegoTaxonomies.REFERRAL_TYPES))
                .containsExactly("family_tracing");
        assertThat(ProtegoTaxonomies.linked(List.of(attribute)).get(0).taxonomyTermId())
                .as("the attribute gains the id of Protego's term")
                .isEqualTo(UUID.fromString("7a0e6001-0000-4000-8000-000000000006"));
    }

    @Test
    void aCodeOfAnotherTaxonomyIsNotAReferralType() {
        var term = new HsdsService.TaxonomyTerm(
                UUID.randomUUID(), "shelter", "Shelter", "-", null, "someone-elses-taxonomy", null, null, null, null);
        var attribute = new HsdsService.Attribute(UUID.randomUUID(), null, null, null, null, null, term);

        assertThat(ProtegoTaxonomies.codesAmong(List.of(attribute), ProtegoTaxonomies.REFERRAL_TYPES))
                .isEmpty();
    }

    @Test
    void theOrganisationsSectorComesFromItsSectorTerm() {
        assertThat(ServiceColumns.sectorOf(girlsShelter().organization())).isEqualTo("civil_society");
    }
}
