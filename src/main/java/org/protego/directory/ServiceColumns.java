package org.protego.directory;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The columns the directory searches, rebuilt from a service's HSDS document on every save so that the document stays
 * the one truth: its status and name, age range, the sexes and referral types its attributes name with Protego's
 * taxonomies, the languages of the service, its locations and phones, its areas, and when it is open.
 *
 * @param sexes the sexes the service is restricted to; empty when it is open to every sex
 * @param areas lower-case service area names and the cities, regions and provinces of its locations' addresses
 */
record ServiceColumns(
        String status,
        String name,
        BigDecimal minimumAge,
        BigDecimal maximumAge,
        List<String> sexes,
        List<String> languages,
        List<String> needs,
        List<String> areas,
        List<Opening> openings) {

    /** A weekday (1 = Monday) a service opens, from a weekly schedule; times and dates null when not given. */
    record Opening(int day, LocalTime opens, LocalTime closes, LocalDate validFrom, LocalDate validTo) {}

    private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

    static ServiceColumns of(HsdsService service) {
        return new ServiceColumns(
                service.status(),
                service.name(),
                service.minimumAge(),
                service.maximumAge(),
                ProtegoTaxonomies.codesAmong(service.attributes(), ProtegoTaxonomies.ELIGIBILITY),
                languagesOf(service),
                ProtegoTaxonomies.codesAmong(service.attributes(), ProtegoTaxonomies.REFERRAL_TYPES),
                areasOf(service),
                openingsOf(service));
    }

    /** The sector an organisation's attributes name with Protego's sectors taxonomy, or null. */
    static String sectorOf(HsdsService.Organization organization) {
        List<String> sectors = ProtegoTaxonomies.codesAmong(organization.attributes(), ProtegoTaxonomies.SECTORS);
        return sectors.isEmpty() ? null : sectors.get(0);
    }

    private static List<String> languagesOf(HsdsService service) {
        List<HsdsService.Language> languages = new ArrayList<>(service.languages());
        List<HsdsService.Phone> phones = new ArrayList<>(service.phones());
        service.contacts().forEach(contact -> phones.addAll(contact.phones()));
        for (HsdsService.ServiceAtLocation at : service.serviceAtLocations()) {
            phones.addAll(at.phones());
            at.contacts().forEach(contact -> phones.addAll(contact.phones()));
            if (at.location() != null) {
                languages.addAll(at.location().languages());
                phones.addAll(at.location().phones());
            }
        }
        phones.forEach(phone -> languages.addAll(phone.languages()));
        Set<String> codes = new LinkedHashSet<>();
        languages.forEach(language -> LanguageCodes.normalised(language.code()).ifPresent(codes::add));
        return List.copyOf(codes);
    }

    private static List<String> areasOf(HsdsService service) {
        Set<String> areas = new LinkedHashSet<>();
        service.serviceAreas().forEach(area -> addArea(areas, area.name()));
        for (HsdsService.ServiceAtLocation at : service.serviceAtLocations()) {
            if (at.location() != null) {
                for (HsdsService.Address address : at.location().addresses()) {
                    Stream.of(address.city(), address.region(), address.stateProvince())
                            .forEach(name -> addArea(areas, name));
                }
            }
        }
        return List.copyOf(areas);
    }

    private static void addArea(Set<String> areas, String name) {
        if (name != null && !name.isBlank()) {
            areas.add(name.strip().toLowerCase(Locale.ROOT));
        }
    }

    private static List<Opening> openingsOf(HsdsService service) {
        List<HsdsService.Schedule> schedules = new ArrayList<>(service.schedules());
        for (HsdsService.ServiceAtLocation at : service.serviceAtLocations()) {
            schedules.addAll(at.schedules());
            if (at.location() != null) {
                schedules.addAll(at.location().schedules());
            }
        }
        List<Opening> openings = new ArrayList<>();
        for (HsdsService.Schedule schedule : schedules) {
            if (!"WEEKLY".equals(schedule.freq())) {
                continue;
            }
            for (int day : daysOf(schedule)) {
                openings.add(new Opening(
                        day,
                        timeOf(schedule.opensAt()),
                        timeOf(schedule.closesAt()),
                        dateOf(schedule.validFrom()),
                        dateOf(schedule.validTo())));
            }
        }
        return List.copyOf(openings);
    }

    // A weekly rule without days recurs on the weekday of its start (RFC 5545, 3.3.10).
    private static List<Integer> daysOf(HsdsService.Schedule schedule) {
        if (schedule.byday() == null || schedule.byday().isBlank()) {
            LocalDate start = dateOf(schedule.dtstart());
            return start == null ? List.of() : List.of(start.getDayOfWeek().getValue());
        }
        Set<Integer> days = new LinkedHashSet<>();
        for (String token : schedule.byday().replace(" ", "").split(",")) {
            // A day with an ordinal ("2MO") belongs to monthly rules; a weekly rule does not use it.
            if (DAYS.contains(token)) {
                days.add(DayOfWeek.of(DAYS.indexOf(token) + 1).getValue());
            }
        }
        return List.copyOf(days);
    }

    // Opening hours are compared as local times of the service's place; an offset, if given, is dropped.
    private static LocalTime timeOf(String time) {
        if (time == null || time.length() < 5) {
            return null;
        }
        String local = time.length() >= 8 && time.charAt(5) == ':' ? time.substring(0, 8) : time.substring(0, 5);
        try {
            return LocalTime.parse(local);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate dateOf(String date) {
        if (date == null || date.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
