package org.protego.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A service's page reads what it shows from the HSDS document, in the reader's language where that is Java's. */
class ServiceDetailsTest {

    static final JsonNode DOCUMENT = JsonMapper.builder().build().readTree("""
            {"id":"2f7e1d4a-1111-4000-8000-000000000001","name":"Clinic","status":"active","minimum_age":5.0,
             "languages":[{"id":"2f7e1d4a-1111-4000-8000-000000000002","code":"ara"},
                          {"id":"2f7e1d4a-1111-4000-8000-000000000003","name":"Sign language"}],
             "phones":[{"id":"2f7e1d4a-1111-4000-8000-000000000004","number":"+962 6 111 1111"}],
             "service_at_locations":[{"id":"2f7e1d4a-1111-4000-8000-000000000005",
               "schedules":[{"id":"2f7e1d4a-1111-4000-8000-000000000006","freq":"MONTHLY","byday":"1MO",
                             "opens_at":"10:00:00Z","closes_at":"12:00:00Z","description":"Outreach day"},
                            {"id":"2f7e1d4a-1111-4000-8000-000000000007","freq":"WEEKLY","byday":"WE,FR",
                             "opens_at":"09:00+03:00","closes_at":"17:00+03:00"}],
               "location":{"id":"2f7e1d4a-1111-4000-8000-000000000008","location_type":"physical",
                 "addresses":[{"id":"2f7e1d4a-1111-4000-8000-000000000009","attention":"Intake desk",
                   "address_1":"1 Road","city":"Irbid","state_province":"Irbid","postal_code":"21110","country":"JO",
                   "address_type":"physical"}]}}]}""");

    private static ServiceDetails details(Locale reader) {
        return ServiceDetails.of(
                new StoredService(
                        UUID.fromString("2f7e1d4a-1111-4000-8000-000000000001"),
                        UUID.randomUUID(),
                        "Irbid Health",
                        "active",
                        "Clinic",
                        List.of(),
                        List.of("ar"),
                        List.of("health"),
                        DOCUMENT,
                        JsonMapper.builder().build().createObjectNode()),
                reader);
    }

    @Test
    void languagesAreNamedInTheReadersLanguage() {
        assertThat(details(Locale.ENGLISH).languages())
                .extracting(ServiceDetails.Language::name)
                .containsExactly("Arabic", "Sign language");
        assertThat(details(Locale.forLanguageTag("ar")).languages().get(0).name())
                .isEqualTo("العربية");
    }

    @Test
    void weeklyHoursNameTheirDaysAndOtherSchedulesTheirRule() {
        List<ServiceDetails.Schedule> hours =
                details(Locale.ENGLISH).locations().get(0).hours();

        assertThat(hours.get(0).days()).isEmpty();
        assertThat(hours.get(0).rule()).isEqualTo("MONTHLY 1MO");
        assertThat(hours.get(0).description()).isEqualTo("Outreach day");
        assertThat(hours.get(1).days()).containsExactly("WE", "FR");
        assertThat(hours.get(1).opens()).isEqualTo("09:00");
        assertThat(hours.get(1).closes()).isEqualTo("17:00");
    }

    @Test
    void anAddressReadsAsLinesAndAnAgeWithoutItsDecimals() {
        ServiceDetails details = details(Locale.ENGLISH);

        assertThat(details.locations().get(0).addresses().get(0).lines())
                .containsExactly("Intake desk", "1 Road", "21110 Irbid", "Irbid", "JO");
        assertThat(details.minimumAge()).isEqualTo("5");
        assertThat(details.maximumAge()).isNull();
        assertThat(details.phones()).containsExactly("+962 6 111 1111");
    }
}
