package org.protego.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An HSDS 3.0 service as Protego keeps it, fully nested as HSDS's {@code service.json} has it: every member Protego
 * stores, searches, shows or exports back, and nothing else. Member names follow HSDS (snake case in JSON); lists are
 * never null. What an import carries beyond these members is reported by {@link IgnoredFields}.
 */
record HsdsService(
        UUID id,
        UUID organizationId,
        String name,
        String alternateName,
        String description,
        String url,
        String email,
        String status,
        String interpretationServices,
        String applicationProcess,
        String feesDescription,
        String waitTime,
        String eligibilityDescription,
        BigDecimal minimumAge,
        BigDecimal maximumAge,
        String alert,
        String lastModified,
        List<Phone> phones,
        List<Schedule> schedules,
        List<ServiceArea> serviceAreas,
        List<ServiceAtLocation> serviceAtLocations,
        List<Language> languages,
        Organization organization,
        List<Contact> contacts,
        List<Attribute> attributes) {

    HsdsService {
        phones = listOf(phones);
        schedules = listOf(schedules);
        serviceAreas = listOf(serviceAreas);
        serviceAtLocations = listOf(serviceAtLocations);
        languages = listOf(languages);
        contacts = listOf(contacts);
        attributes = listOf(attributes);
    }

    /** The same service as stored: its organisation apart, named by id, and the time it was last changed. */
    HsdsService storedAs(UUID organizationId, List<Attribute> attributes, String lastModified) {
        return new HsdsService(
                id,
                organizationId,
                name,
                alternateName,
                description,
                url,
                email,
                status,
                interpretationServices,
                applicationProcess,
                feesDescription,
                waitTime,
                eligibilityDescription,
                minimumAge,
                maximumAge,
                alert,
                lastModified,
                phones,
                schedules,
                serviceAreas,
                serviceAtLocations,
                languages,
                null,
                contacts,
                attributes);
    }

    /** The same service with its organisation nested, as HSDS's {@code /services/{id}} gives it. */
    HsdsService withOrganization(Organization organization) {
        return new HsdsService(
                id,
                organization.id(),
                name,
                alternateName,
                description,
                url,
                email,
                status,
                interpretationServices,
                applicationProcess,
                feesDescription,
                waitTime,
                eligibilityDescription,
                minimumAge,
                maximumAge,
                alert,
                lastModified,
                phones,
                schedules,
                serviceAreas,
                serviceAtLocations,
                languages,
                organization,
                contacts,
                attributes);
    }

    /** The organisation that provides services; its attributes carry Protego's sector term. */
    record Organization(
            UUID id,
            String name,
            String alternateName,
            String description,
            String email,
            String website,
            String logo,
            String uri,
            List<Phone> phones,
            List<Contact> contacts,
            List<Attribute> attributes) {

        Organization {
            phones = listOf(phones);
            contacts = listOf(contacts);
            attributes = listOf(attributes);
        }

        Organization withId(UUID otherId) {
            return new Organization(
                    otherId, name, alternateName, description, email, website, logo, uri, phones, contacts, attributes);
        }

        Organization withAttributes(List<Attribute> linked) {
            return new Organization(
                    id, name, alternateName, description, email, website, logo, uri, phones, contacts, linked);
        }
    }

    /** Where a service is given, with the phones, schedules and contacts that hold there. */
    record ServiceAtLocation(
            UUID id,
            String description,
            List<Contact> contacts,
            List<Phone> phones,
            List<Schedule> schedules,
            Location location,
            List<Attribute> attributes) {

        ServiceAtLocation {
            contacts = listOf(contacts);
            phones = listOf(phones);
            schedules = listOf(schedules);
            attributes = listOf(attributes);
        }
    }

    /** A physical, postal or virtual place. */
    record Location(
            UUID id,
            String locationType,
            String url,
            String name,
            String alternateName,
            String description,
            String transportation,
            BigDecimal latitude,
            BigDecimal longitude,
            List<Language> languages,
            List<Address> addresses,
            List<Accessibility> accessibility,
            List<Phone> phones,
            List<Schedule> schedules,
            List<Attribute> attributes) {

        Location {
            languages = listOf(languages);
            addresses = listOf(addresses);
            accessibility = listOf(accessibility);
            phones = listOf(phones);
            schedules = listOf(schedules);
            attributes = listOf(attributes);
        }
    }

    record Address(
            UUID id,
            String attention,
            @JsonProperty("address_1") String address1,
            @JsonProperty("address_2") String address2,
            String city,
            String region,
            String stateProvince,
            String postalCode,
            String country,
            String addressType,
            List<Attribute> attributes) {

        Address {
            attributes = listOf(attributes);
        }
    }

    record Accessibility(UUID id, String description, String details, String url, List<Attribute> attributes) {

        Accessibility {
            attributes = listOf(attributes);
        }
    }

    record Phone(
            UUID id,
            String number,
            BigDecimal extension,
            String type,
            String description,
            List<Language> languages,
            List<Attribute> attributes) {

        Phone {
            languages = listOf(languages);
            attributes = listOf(attributes);
        }
    }

    /**
     * When a service is open, as iCalendar recurrence rules: the directory's search reads the weekly ones ({@code freq}
     * {@code WEEKLY}, {@code byday} such as {@code MO,TU}, {@code opens_at} and {@code closes_at}).
     */
    record Schedule(
            UUID id,
            String validFrom,
            String validTo,
            String dtstart,
            BigDecimal timezone,
            String until,
            BigDecimal count,
            String wkst,
            String freq,
            BigDecimal interval,
            String byday,
            String byweekno,
            String bymonthday,
            String byyearday,
            String description,
            String opensAt,
            String closesAt,
            String scheduleLink,
            String attendingType,
            String notes,
            List<Attribute> attributes) {

        Schedule {
            attributes = listOf(attributes);
        }
    }

    /** A language by its ISO 639 code, such as {@code ar}. */
    record Language(UUID id, String name, String code, String note, List<Attribute> attributes) {

        Language {
            attributes = listOf(attributes);
        }
    }

    /** An area served, by name; its geometry ({@code extent}) is not kept. */
    record ServiceArea(
            UUID id, String name, String description, String extentType, String uri, List<Attribute> attributes) {

        ServiceArea {
            attributes = listOf(attributes);
        }
    }

    record Contact(
            UUID id,
            String name,
            String title,
            String department,
            String email,
            List<Phone> phones,
            List<Attribute> attributes) {

        Contact {
            phones = listOf(phones);
            attributes = listOf(attributes);
        }
    }

    /** A taxonomy term linked to an object, such as a referral type of a service. */
    record Attribute(
            UUID id,
            UUID taxonomyTermId,
            String linkType,
            String linkEntity,
            UUID linkId,
            String value,
            TaxonomyTerm taxonomyTerm) {

        Attribute withTaxonomyTermId(UUID termId) {
            return new Attribute(id, termId, linkType, linkEntity, linkId, value, taxonomyTerm);
        }
    }

    record TaxonomyTerm(
            UUID id,
            String code,
            String name,
            String description,
            UUID parentId,
            String taxonomy,
            TaxonomyDetail taxonomyDetail,
            String language,
            UUID taxonomyId,
            String termUri) {}

    record TaxonomyDetail(UUID id, String name, String description, String uri, String version) {}

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
