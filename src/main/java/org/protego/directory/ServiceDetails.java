package org.protego.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.protego.shared.TypedText;
import tools.jackson.databind.JsonNode;

/**
 * A service as its read-only page shows it, taken from its HSDS document: what it offers, to whom, where, when, and
 * whom to ask. Methods are public only for the templates.
 *
 * @param sexes the sexes it is restricted to; empty when it is open to every sex
 * @param needs the referral types it accepts
 * @param hours the service's own schedules, beside those of its locations
 */
record ServiceDetails(
        UUID id,
        UUID organisationId,
        String name,
        String status,
        String organisationName,
        String description,
        String eligibilityDescription,
        String applicationProcess,
        String url,
        String email,
        String minimumAge,
        String maximumAge,
        List<String> sexes,
        List<String> needs,
        List<Language> languages,
        List<String> areas,
        List<Location> locations,
        List<String> phones,
        List<Schedule> hours,
        List<Contact> contacts) {

    /** A language, named in the reader's language where Java knows its name. */
    record Language(String code, String name) {}

    record Location(
            String name, String description, List<Address> addresses, List<String> phones, List<Schedule> hours) {}

    /** An address as lines, the first the street, the last the country. */
    record Address(List<String> lines) {}

    /**
     * When it is open: on {@code days} (iCal codes, {@code MO}..{@code SU}) for a weekly schedule, or by the iCal
     * {@code rule} as HSDS gave it for any other.
     */
    record Schedule(List<String> days, String rule, String opens, String closes, String description) {}

    record Contact(String name, String title, String department, String email, List<String> phones) {}

    static ServiceDetails of(StoredService service, Locale reader) {
        JsonNode document = service.document();
        List<Language> languages = new ArrayList<>();
        for (JsonNode language : document.path("languages")) {
            String code = LanguageCodes.normalised(language.path("code").asString(null))
                    .orElse(null);
            String given = text(language.path("name"));
            if (code == null && given == null) {
                continue;
            }
            languages.add(new Language(code, code == null ? given : languageName(code, reader)));
        }
        List<String> areas = new ArrayList<>();
        for (JsonNode area : document.path("service_areas")) {
            String name = text(area.path("name"));
            if (name != null) {
                areas.add(name);
            }
        }
        List<Location> locations = new ArrayList<>();
        for (JsonNode atLocation : document.path("service_at_locations")) {
            JsonNode location = atLocation.path("location");
            List<Address> addresses = new ArrayList<>();
            for (JsonNode address : location.path("addresses")) {
                addresses.add(new Address(lines(address)));
            }
            List<String> phones = phones(atLocation.path("phones"));
            phones.addAll(phones(location.path("phones")));
            List<Schedule> hours = schedules(atLocation.path("schedules"));
            hours.addAll(schedules(location.path("schedules")));
            locations.add(new Location(
                    text(location.path("name")),
                    text(atLocation.path("description")) != null
                            ? text(atLocation.path("description"))
                            : text(location.path("description")),
                    addresses,
                    phones,
                    hours));
        }
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode contact : document.path("contacts")) {
            contacts.add(new Contact(
                    text(contact.path("name")),
                    text(contact.path("title")),
                    text(contact.path("department")),
                    text(contact.path("email")),
                    phones(contact.path("phones"))));
        }
        return new ServiceDetails(
                service.id(),
                service.organisationId(),
                service.name(),
                service.status(),
                service.organisationName(),
                text(document.path("description")),
                text(document.path("eligibility_description")),
                text(document.path("application_process")),
                text(document.path("url")),
                text(document.path("email")),
                age(document.path("minimum_age")),
                age(document.path("maximum_age")),
                service.sexes(),
                service.needs(),
                languages,
                areas,
                locations,
                phones(document.path("phones")),
                schedules(document.path("schedules")),
                contacts);
    }

    /** The language's name in the reader's language, or its code where Java does not know it. */
    static String languageName(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isBlank() ? code : name;
    }

    /** Whether the page names a referral type by a message of its own, which only the taxonomy's codes have. */
    public boolean knownNeed(String need) {
        return ProtegoTerms.NEEDS.contains(need);
    }

    public boolean knownSex(String sex) {
        return ProtegoTerms.SEXES.contains(sex);
    }

    private static List<String> lines(JsonNode address) {
        List<String> lines = new ArrayList<>();
        for (String part : List.of("attention", "address_1", "address_2")) {
            String line = text(address.path(part));
            if (line != null) {
                lines.add(line);
            }
        }
        String city = String.join(
                " ",
                Arrays.stream(new String[] {text(address.path("postal_code")), text(address.path("city"))})
                        .filter(part -> part != null)
                        .toList());
        if (!city.isEmpty()) {
            lines.add(city);
        }
        for (String part : List.of("region", "state_province", "country")) {
            String line = text(address.path(part));
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> phones(JsonNode phones) {
        List<String> numbers = new ArrayList<>();
        for (JsonNode phone : phones) {
            String number = text(phone.path("number"));
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private static List<Schedule> schedules(JsonNode schedules) {
        List<Schedule> found = new ArrayList<>();
        for (JsonNode schedule : schedules) {
            String opens = time(schedule.path("opens_at"));
            String closes = time(schedule.path("closes_at"));
            String description = text(schedule.path("description"));
            if (ServiceForm.weekly(schedule)) {
                List<String> days = Arrays.stream(
                                schedule.path("byday").asString("").split(","))
                        .map(String::strip)
                        .toList();
                found.add(new Schedule(days, null, opens, closes, description));
                continue;
            }
            String rule = String.join(
                    " ",
                    Arrays.stream(new String[] {
                                text(schedule.path("freq")),
                                text(schedule.path("byday")),
                                text(schedule.path("bymonthday"))
                            })
                            .filter(part -> part != null)
                            .toList());
            if (rule.isEmpty() && opens == null && description == null) {
                continue;
            }
            found.add(new Schedule(List.of(), rule.isEmpty() ? null : rule, opens, closes, description));
        }
        return found;
    }

    private static String time(JsonNode time) {
        String given = text(time);
        if (given == null) {
            return null;
        }
        String hoursAndMinutes = ServiceForm.hhmm(given);
        return hoursAndMinutes.isEmpty() ? given : hoursAndMinutes;
    }

    private static String age(JsonNode age) {
        return age.isNumber() ? age.decimalValue().stripTrailingZeros().toPlainString() : null;
    }

    private static String text(JsonNode node) {
        if (node.isNumber()) {
            return node.asString();
        }
        if (!node.isString()) {
            return null;
        }
        String text = TypedText.orNullIfBlank(node.asString());
        return text == null ? null : text.strip();
    }
}
