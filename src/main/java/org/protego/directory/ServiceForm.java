package org.protego.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.TypedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service form of the provider pages as flat text fields, and the HSDS 3.0 service it makes. Each value is a single
 * text, so that a refused form comes back whole: a referral type is one box of its own ({@code need.shelter}), a
 * location one group ({@code location.0.city}) and its opening hours rows of it ({@code location.0.hours.1.day.MO}).
 *
 * <p>Saving starts from the service as it was, so that what the form does not show (an imported service's fees,
 * accessibility, monthly schedules, other taxonomies' attributes) is kept; what the form shows replaces what was there,
 * and each nested item keeps its id. New items get random UUIDs, so that what is saved exports as valid HSDS.
 */
final class ServiceForm {

    static final List<String> STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");
    /** iCal's day codes, which HSDS schedules use, Monday first. */
    static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    static final String ANY_SEX = "any";
    static final String NEED = "need.";
    static final String LOCATION = "location.";
    static final int MAX_TEXT = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_LOCATIONS = 20;
    static final int MAX_HOURS = 14;
    static final int MAX_LIST = 50;

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,3}");
    private static final List<String> ADDRESS_PARTS = List.of("address1", "city", "stateProvince", "postal", "country");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ServiceForm() {}

    /** The fields of a form for a new service: active and open to every sex. */
    static Map<String, String> blank() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", "active");
        values.put("sex", ANY_SEX);
        return values;
    }

    /** The form's fields filled with the service as it is stored. */
    static Map<String, String> valuesOf(StoredService service) {
        JsonNode document = service.document();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", document.path("name").asString(service.name()));
        values.put("description", document.path("description").asString(""));
        values.put("status", service.status());
        values.put("minimumAge", age(document.path("minimum_age")));
        values.put("maximumAge", age(document.path("maximum_age")));
        values.put("sex", service.sexes().size() == 1 ? service.sexes().get(0) : ANY_SEX);
        values.put("languages", String.join(", ", service.languages()));
        service.needs().forEach(need -> values.put(NEED + need, "true"));
        List<String> areas = new ArrayList<>();
        for (JsonNode area : document.path("service_areas")) {
            String name = TypedText.orNullIfBlank(area.path("name").asString(null));
            if (name != null) {
                areas.add(name.strip());
            }
        }
        values.put("areas", String.join("\n", areas));
        int row = 0;
        for (JsonNode atLocation : document.path("service_at_locations")) {
            JsonNode location = atLocation.path("location");
            if (!location.isObject()) {
                continue;
            }
            String prefix = LOCATION + row + ".";
            values.put(prefix + "id", location.path("id").asString(""));
            values.put(prefix + "name", location.path("name").asString(""));
            JsonNode address = location.path("addresses").path(0);
            values.put(prefix + "address1", address.path("address_1").asString(""));
            values.put(prefix + "city", address.path("city").asString(""));
            values.put(prefix + "stateProvince", address.path("state_province").asString(""));
            values.put(prefix + "postal", address.path("postal_code").asString(""));
            values.put(prefix + "country", address.path("country").asString(""));
            values.put(
                    prefix + "phone",
                    location.path("phones").path(0).path("number").asString(""));
            int hours = 0;
            for (JsonNode schedule : atLocation.path("schedules")) {
                if (!weekly(schedule)) {
                    continue;
                }
                String hoursPrefix = prefix + "hours." + hours + ".";
                values.put(hoursPrefix + "id", schedule.path("id").asString(""));
                for (String day : schedule.path("byday").asString("").split(",")) {
                    values.put(hoursPrefix + "day." + day.strip(), "true");
                }
                values.put(hoursPrefix + "opens", hhmm(schedule.path("opens_at").asString("")));
                values.put(
                        hoursPrefix + "closes", hhmm(schedule.path("closes_at").asString("")));
                hours++;
            }
            row++;
        }
        JsonNode contact = document.path("contacts").path(0);
        values.put("contact.name", contact.path("name").asString(""));
        values.put("contact.title", contact.path("title").asString(""));
        values.put("contact.email", contact.path("email").asString(""));
        values.put(
                "contact.phone", contact.path("phones").path(0).path("number").asString(""));
        return values;
    }

    /** How many location groups the form shows: every one it holds a value for, and one empty group more. */
    static int locationRows(Map<String, String> values) {
        return Math.min(MAX_LOCATIONS, highestIndex(values, LOCATION) + 2);
    }

    /** How many opening-hours rows a location shows: every one it holds a value for, and two empty rows more. */
    static int hourRows(Map<String, String> values, int location) {
        return Math.min(MAX_HOURS, highestIndex(values, LOCATION + location + ".hours.") + 3);
    }

    /**
     * The HSDS service the form describes, starting from the service as it was ({@code previous} is null for a new one),
     * in the organization given (null when none was named); refuses with every field that is wrong.
     */
    static ObjectNode documentFrom(
            Map<String, String> form, StoredService previous, JsonNode organization, Supplier<UUID> ids) {
        return new Building(form, previous, ids).document(organization);
    }

    /** One form being turned into a document, collecting every problem on the way. */
    private static final class Building {

        private final Map<String, String> form;
        private final JsonNode previous;
        private final Supplier<UUID> ids;
        private final List<FieldProblem> problems = new ArrayList<>();

        Building(Map<String, String> form, StoredService previous, Supplier<UUID> ids) {
            this.form = form;
            this.previous = previous == null ? NODES.objectNode() : previous.document();
            this.ids = ids;
        }

        ObjectNode document(JsonNode organization) {
            ObjectNode service = previous.isObject() ? (ObjectNode) previous.deepCopy() : NODES.objectNode();
            String serviceId = service.path("id").asString(null);
            if (serviceId == null) {
                serviceId = ids.get().toString();
            }
            service.put("id", serviceId);
            String name = text("name", MAX_TEXT);
            if (name == null) {
                problems.add(new FieldProblem("name", DirectoryError.SERVICE_NAME_REQUIRED));
            }
            service.put("name", name);
            String status = TypedText.orNullIfBlank(form.get("status"));
            if (!STATUSES.contains(status)) {
                problems.add(new FieldProblem("status", DirectoryError.SERVICE_STATUS_INVALID));
            }
            service.put("status", status);
            putOrRemove(service, "description", text("description", MAX_DESCRIPTION));
            if (organization == null) {
                problems.add(new FieldProblem("organisation", DirectoryError.SERVICE_ORGANISATION_REQUIRED));
            } else {
                service.set("organization", organization);
                service.put("organization_id", organization.path("id").asString());
            }
            ages(service);
            service.set("languages", languages());
            service.set("attributes", attributes(UUID.fromString(serviceId)));
            service.set("service_areas", areas());
            service.set("service_at_locations", locations());
            contact(service);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            return service;
        }

        private void ages(ObjectNode service) {
            Integer minimum = age("minimumAge");
            Integer maximum = age("maximumAge");
            if (minimum != null && maximum != null && minimum > maximum) {
                problems.add(new FieldProblem("minimumAge", DirectoryError.SERVICE_AGE_RANGE_INVALID));
            }
            if (minimum == null) {
                service.remove("minimum_age");
            } else {
                service.put("minimum_age", minimum);
            }
            if (maximum == null) {
                service.remove("maximum_age");
            } else {
                service.put("maximum_age", maximum);
            }
        }

        private Integer age(String field) {
            String typed = TypedText.orNullIfBlank(form.get(field));
            if (typed == null) {
                return null;
            }
            String stripped = typed.strip();
            if (!WHOLE_NUMBER.matcher(stripped).matches() || Integer.parseInt(stripped) > DirectorySearch.MAX_AGE) {
                problems.add(new FieldProblem(field, DirectoryError.SERVICE_AGE_INVALID, DirectorySearch.MAX_AGE));
                return null;
            }
            return Integer.parseInt(stripped);
        }

        /** The languages typed, each keeping the item it had before, if it had one. */
        private ArrayNode languages() {
            ArrayNode languages = NODES.arrayNode();
            Map<String, JsonNode> before = new LinkedHashMap<>();
            for (JsonNode language : previous.path("languages")) {
                Optional<String> code =
                        LanguageCodes.normalised(language.path("code").asString(null));
                if (code.isPresent()) {
                    before.putIfAbsent(code.get(), language);
                } else {
                    languages.add(language);
                }
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String typed : form.getOrDefault("languages", "").split("[,;\\s]+")) {
                if (typed.isBlank()) {
                    continue;
                }
                Optional<String> code = LanguageCodes.normalised(typed);
                if (code.isEmpty()) {
                    problems.add(new FieldProblem("languages", DirectoryError.SERVICE_LANGUAGE_INVALID, typed));
                } else {
                    codes.add(code.get());
                }
            }
            if (codes.size() > MAX_LIST) {
                problems.add(new FieldProblem("languages", DirectoryError.SERVICE_TOO_MANY_ITEMS, MAX_LIST));
            }
            for (String code : codes) {
                JsonNode kept = before.get(code);
                if (kept != null) {
                    languages.add(kept);
                    continue;
                }
                ObjectNode language = NODES.objectNode();
                language.put("id", ids.get().toString());
                String englishName = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
                if (!englishName.isBlank() && !englishName.equals(code)) {
                    language.put("name", englishName);
                }
                language.put("code", code);
                languages.add(language);
            }
            return languages;
        }

        /** Attributes of other taxonomies as they were; the referral types and sex as the form says. */
        private ArrayNode attributes(UUID serviceId) {
            ArrayNode attributes = NODES.arrayNode();
            Map<String, JsonNode> before = new LinkedHashMap<>();
            for (JsonNode attribute : previous.path("attributes")) {
                if (ProtegoTerms.managedByTheForm(attribute)) {
                    ProtegoTerms.codeIn(ProtegoTerms.REFERRAL_TYPES, attribute)
                            .ifPresent(code -> before.putIfAbsent(ProtegoTerms.REFERRAL_TYPES + "/" + code, attribute));
                    ProtegoTerms.codeIn(ProtegoTerms.ELIGIBILITY, attribute)
                            .ifPresent(code -> before.putIfAbsent(ProtegoTerms.ELIGIBILITY + "/" + code, attribute));
                } else {
                    attributes.add(attribute);
                }
            }
            form.forEach((field, value) -> {
                if (field.startsWith(NEED)
                        && "true".equals(value)
                        && !ProtegoTerms.NEEDS.contains(field.substring(NEED.length()))) {
                    problems.add(new FieldProblem(
                            "needs", DirectoryError.SERVICE_NEED_UNKNOWN, field.substring(NEED.length())));
                }
            });
            for (String need : ProtegoTerms.NEEDS) {
                if ("true".equals(form.get(NEED + need))) {
                    attributes.add(term(before, ProtegoTerms.REFERRAL_TYPES, need, serviceId));
                }
            }
            String sex = TypedText.orNullIfBlank(form.get("sex"));
            if (sex == null || ANY_SEX.equals(sex)) {
                return attributes;
            }
            if (!ProtegoTerms.SEXES.contains(sex)) {
                problems.add(new FieldProblem("sex", DirectoryError.SERVICE_SEX_INVALID));
                return attributes;
            }
            attributes.add(term(before, ProtegoTerms.ELIGIBILITY, sex, serviceId));
            return attributes;
        }

        private JsonNode term(Map<String, JsonNode> before, String taxonomy, String code, UUID serviceId) {
            JsonNode kept = before.get(taxonomy + "/" + code);
            return kept != null ? kept : ProtegoTerms.attribute(taxonomy, code, ids.get(), serviceId);
        }

        /** One service area a line, each keeping the item it had before, if it had one. */
        private ArrayNode areas() {
            ArrayNode areas = NODES.arrayNode();
            Map<String, JsonNode> before = new LinkedHashMap<>();
            for (JsonNode area : previous.path("service_areas")) {
                String name = TypedText.orNullIfBlank(area.path("name").asString(null));
                if (name == null) {
                    areas.add(area);
                } else {
                    before.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), area);
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String line : form.getOrDefault("areas", "").split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || !seen.add(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (name.length() > MAX_TEXT || TypedText.hasForbiddenControlCharacters(name)) {
                    problems.add(new FieldProblem("areas", DirectoryError.SERVICE_TEXT_INVALID, MAX_TEXT));
                    continue;
                }
                JsonNode kept = before.get(name.toLowerCase(Locale.ROOT));
                if (kept != null && kept.path("name").asString("").strip().equals(name)) {
                    areas.add(kept);
                    continue;
                }
                ObjectNode area = kept == null ? NODES.objectNode() : (ObjectNode) kept.deepCopy();
                area.put(
                        "id",
                        kept == null ? ids.get().toString() : kept.path("id").asString());
                area.put("name", name);
                areas.add(area);
            }
            if (seen.size() > MAX_LIST) {
                problems.add(new FieldProblem("areas", DirectoryError.SERVICE_TOO_MANY_ITEMS, MAX_LIST));
            }
            return areas;
        }

        /**
         * The service's places: the locations the form shows, changed as typed; those it does not show (a place the
         * service is offered at without a location) as they were.
         */
        private ArrayNode locations() {
            ArrayNode atLocations = NODES.arrayNode();
            Map<String, JsonNode> before = new LinkedHashMap<>();
            for (JsonNode atLocation : previous.path("service_at_locations")) {
                String locationId = atLocation.path("location").path("id").asString(null);
                if (locationId == null) {
                    atLocations.add(atLocation);
                } else {
                    before.putIfAbsent(locationId, atLocation);
                }
            }
            Set<String> shown = new LinkedHashSet<>();
            int rows = highestIndex(form, LOCATION) + 1;
            if (rows > MAX_LOCATIONS) {
                problems.add(new FieldProblem("locations", DirectoryError.SERVICE_TOO_MANY_ITEMS, MAX_LOCATIONS));
                rows = MAX_LOCATIONS;
            }
            for (int row = 0; row < rows; row++) {
                String prefix = LOCATION + row + ".";
                String locationId = TypedText.orNullIfBlank(form.get(prefix + "id"));
                JsonNode kept = locationId == null ? null : before.get(locationId.strip());
                if (kept != null) {
                    shown.add(locationId.strip());
                }
                if ("true".equals(form.get(prefix + "remove"))) {
                    continue;
                }
                if (kept == null && !anyGiven(prefix)) {
                    continue;
                }
                atLocations.add(location(row, kept));
            }
            before.forEach((locationId, atLocation) -> {
                if (!shown.contains(locationId)) {
                    atLocations.add(atLocation);
                }
            });
            return atLocations;
        }

        private boolean anyGiven(String prefix) {
            return form.entrySet().stream()
                    .anyMatch(entry -> entry.getKey().startsWith(prefix)
                            && !entry.getKey().equals(prefix + "id")
                            && TypedText.orNullIfBlank(entry.getValue()) != null);
        }

        private ObjectNode location(int row, JsonNode kept) {
            String prefix = LOCATION + row + ".";
            int number = row + 1;
            ObjectNode atLocation = kept == null ? NODES.objectNode() : (ObjectNode) kept.deepCopy();
            if (!atLocation.has("id")) {
                atLocation.put("id", ids.get().toString());
            }
            ObjectNode location = atLocation.path("location").isObject()
                    ? (ObjectNode) atLocation.get("location")
                    : NODES.objectNode();
            if (!location.has("id")) {
                location.put("id", ids.get().toString());
            }
            if (!location.has("location_type")) {
                location.put("location_type", "physical");
            }
            putOrRemove(location, "name", text(prefix + "name", MAX_TEXT));

            ArrayNode addresses =
                    location.path("addresses").isArray() ? (ArrayNode) location.get("addresses") : NODES.arrayNode();
            ObjectNode address = addresses.path(0).isObject() ? (ObjectNode) addresses.get(0) : NODES.objectNode();
            if (!address.has("id")) {
                address.put("id", ids.get().toString());
            }
            if (!address.has("address_type")) {
                address.put("address_type", "physical");
            }
            boolean complete = true;
            for (String part : ADDRESS_PARTS) {
                String value = text(prefix + part, MAX_TEXT);
                complete &= value != null;
                address.put(hsdsName(part), value);
            }
            if (!complete) {
                problems.add(new FieldProblem(prefix + "address1", DirectoryError.SERVICE_ADDRESS_INCOMPLETE, number));
            }
            String country = address.path("country").asString("").toUpperCase(Locale.ROOT);
            address.put("country", country);
            if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
                problems.add(new FieldProblem(prefix + "country", DirectoryError.SERVICE_COUNTRY_INVALID, number));
            }
            if (addresses.isEmpty()) {
                addresses.add(address);
            }
            location.set("addresses", addresses);
            location.set("phones", phones(location.path("phones"), text(prefix + "phone", MAX_TEXT)));
            atLocation.set("location", location);
            atLocation.set("schedules", schedules(atLocation.path("schedules"), prefix + "hours.", number));
            return atLocation;
        }

        /** The weekly opening hours as the rows say; other schedules (monthly, say) as they were. */
        private ArrayNode schedules(JsonNode previousSchedules, String prefix, int location) {
            ArrayNode schedules = NODES.arrayNode();
            Map<String, JsonNode> weekly = new LinkedHashMap<>();
            for (JsonNode schedule : previousSchedules) {
                if (weekly(schedule)) {
                    weekly.put(schedule.path("id").asString(), schedule);
                } else {
                    schedules.add(schedule);
                }
            }
            int rows = highestIndex(form, prefix) + 1;
            if (rows > MAX_HOURS) {
                problems.add(new FieldProblem(prefix + "0.opens", DirectoryError.SERVICE_TOO_MANY_ITEMS, MAX_HOURS));
                rows = MAX_HOURS;
            }
            for (int row = 0; row < rows; row++) {
                String rowPrefix = prefix + row + ".";
                List<String> days = DAYS.stream()
                        .filter(day -> "true".equals(form.get(rowPrefix + "day." + day)))
                        .toList();
                String opens = TypedText.orNullIfBlank(form.get(rowPrefix + "opens"));
                String closes = TypedText.orNullIfBlank(form.get(rowPrefix + "closes"));
                if (days.isEmpty() && opens == null && closes == null) {
                    continue;
                }
                opens = opens == null ? null : hhmm(opens.strip());
                closes = closes == null ? null : hhmm(closes.strip());
                if (days.isEmpty()
                        || opens == null
                        || closes == null
                        || !TIME.matcher(opens).matches()
                        || !TIME.matcher(closes).matches()
                        || opens.compareTo(closes) >= 0) {
                    problems.add(new FieldProblem(
                            rowPrefix + "opens", DirectoryError.SERVICE_OPENING_INVALID, location, row + 1));
                    continue;
                }
                String scheduleId = TypedText.orNullIfBlank(form.get(rowPrefix + "id"));
                JsonNode kept = scheduleId == null ? null : weekly.get(scheduleId.strip());
                ObjectNode schedule = kept == null ? NODES.objectNode() : (ObjectNode) kept.deepCopy();
                if (kept == null) {
                    schedule.put("id", ids.get().toString());
                    schedule.put("freq", "WEEKLY");
                    schedule.put("wkst", "MO");
                }
                schedule.put("byday", String.join(",", days));
                if (kept == null || !hhmm(kept.path("opens_at").asString("")).equals(opens)) {
                    schedule.put("opens_at", opens);
                }
                if (kept == null || !hhmm(kept.path("closes_at").asString("")).equals(closes)) {
                    schedule.put("closes_at", closes);
                }
                schedules.add(schedule);
            }
            return schedules;
        }

        private ArrayNode phones(JsonNode previousPhones, String number) {
            ArrayNode phones = previousPhones.isArray() ? (ArrayNode) previousPhones.deepCopy() : NODES.arrayNode();
            if (number == null) {
                if (!phones.isEmpty()) {
                    phones.remove(0);
                }
                return phones;
            }
            if (phones.isEmpty()) {
                ObjectNode phone = NODES.objectNode();
                phone.put("id", ids.get().toString());
                phones.add(phone);
            }
            ((ObjectNode) phones.get(0)).put("number", number);
            return phones;
        }

        /** The first contact as the form says; a contact left empty is removed. */
        private void contact(ObjectNode service) {
            ArrayNode contacts =
                    service.path("contacts").isArray() ? (ArrayNode) service.get("contacts") : NODES.arrayNode();
            String name = text("contact.name", MAX_TEXT);
            String title = text("contact.title", MAX_TEXT);
            String email = text("contact.email", MAX_TEXT);
            String phone = text("contact.phone", MAX_TEXT);
            if (email != null && !EMAIL.matcher(email).matches()) {
                problems.add(new FieldProblem("contact.email", DirectoryError.SERVICE_EMAIL_INVALID));
            }
            if (name == null && title == null && email == null && phone == null) {
                if (!contacts.isEmpty()) {
                    contacts.remove(0);
                }
            } else {
                ObjectNode contact;
                if (contacts.path(0).isObject()) {
                    contact = (ObjectNode) contacts.get(0);
                } else {
                    contact = NODES.objectNode();
                    contacts.insert(0, contact);
                }
                if (!contact.has("id")) {
                    contact.put("id", ids.get().toString());
                }
                putOrRemove(contact, "name", name);
                putOrRemove(contact, "title", title);
                putOrRemove(contact, "email", email);
                contact.set("phones", phones(contact.path("phones"), phone));
            }
            service.set("contacts", contacts);
        }

        /** The field's text without surrounding white space, or null when blank; too long or odd text is refused. */
        private String text(String field, int maximum) {
            String typed = TypedText.orNullIfBlank(form.get(field));
            if (typed == null) {
                return null;
            }
            String stripped = typed.strip();
            boolean multiline = maximum == MAX_DESCRIPTION;
            if (stripped.length() > maximum
                    || (multiline
                            ? TypedText.hasForbiddenControlCharacters(stripped)
                            : stripped.chars().anyMatch(Character::isISOControl))) {
                problems.add(new FieldProblem(field, DirectoryError.SERVICE_TEXT_INVALID, maximum));
            }
            return stripped;
        }
    }

    /** A schedule the opening-hours rows can show: weekly, on plain days, with both times. */
    static boolean weekly(JsonNode schedule) {
        String frequency = schedule.path("freq").asString("WEEKLY");
        String byday = schedule.path("byday").asString("");
        boolean plainDays = !byday.isBlank()
                && Arrays.stream(byday.split(",")).map(String::strip).allMatch(DAYS::contains);
        int interval = schedule.path("interval").asInt(1);
        return "WEEKLY".equals(frequency)
                && plainDays
                && interval == 1
                && !hhmm(schedule.path("opens_at").asString("")).isEmpty()
                && !hhmm(schedule.path("closes_at").asString("")).isEmpty();
    }

    /** The hours and minutes of an HSDS time ({@code 09:00}, {@code 09:00:00Z}, {@code 09:00+03:00}), or empty. */
    static String hhmm(String time) {
        return time.length() >= 5 && TIME.matcher(time.substring(0, 5)).matches() ? time.substring(0, 5) : "";
    }

    private static String hsdsName(String formName) {
        return switch (formName) {
            case "address1" -> "address_1";
            case "stateProvince" -> "state_province";
            case "postal" -> "postal_code";
            default -> formName;
        };
    }

    private static void putOrRemove(ObjectNode node, String field, String value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, value);
        }
    }

    private static String age(JsonNode age) {
        if (!age.isNumber()) {
            return "";
        }
        return age.decimalValue().stripTrailingZeros().toPlainString();
    }

    /** The highest row number of fields named {@code prefix<n>.}, or -1 when there are none. */
    private static int highestIndex(Map<String, String> values, String prefix) {
        int highest = -1;
        for (String field : values.keySet()) {
            if (!field.startsWith(prefix)) {
                continue;
            }
            String rest = field.substring(prefix.length());
            int dot = rest.indexOf('.');
            String index = dot < 0 ? rest : rest.substring(0, dot);
            if (!index.isEmpty() && index.length() <= 3 && index.chars().allMatch(Character::isDigit)) {
                highest = Math.max(highest, Integer.parseInt(index));
            }
        }
        return highest;
    }
}
