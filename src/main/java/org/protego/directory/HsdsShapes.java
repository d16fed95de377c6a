package org.protego.directory;

import static org.protego.directory.HsdsShape.Kind.DATE;
import static org.protego.directory.HsdsShape.Kind.DAYS;
import static org.protego.directory.HsdsShape.Kind.EMAIL;
import static org.protego.directory.HsdsShape.Kind.NUMBER;
import static org.protego.directory.HsdsShape.Kind.TEXT;
import static org.protego.directory.HsdsShape.Kind.TIME;
import static org.protego.directory.HsdsShape.Kind.URI;
import static org.protego.directory.HsdsShape.Kind.UUID;

/**
 * The members of each HSDS 3.0 object that Protego keeps, with their kinds and required members as HSDS's compiled
 * schemas (commit 279fd2e) give them. Foreign keys that nesting already expresses ({@code service_id},
 * {@code location_id}, ...), {@code metadata}, funding, programs, costs, required documents and a service area's
 * {@code extent} are not kept. Protego adds one requirement of its own: a service names its organisation.
 */
final class HsdsShapes {

    static final HsdsShape TAXONOMY_DETAIL = HsdsShape.of("taxonomy_detail")
            .required("name", TEXT)
            .required("description", TEXT)
            .optional("uri", URI)
            .texts("version")
            .build();

    static final HsdsShape TAXONOMY_TERM = HsdsShape.of("taxonomy_term")
            .texts("code")
            .required("name", TEXT)
            .required("description", TEXT)
            .optional("parent_id", UUID)
            .texts("taxonomy")
            .object("taxonomy_detail", false, TAXONOMY_DETAIL)
            .texts("language")
            .optional("taxonomy_id", UUID)
            .optional("term_uri", URI)
            .build();

    static final HsdsShape ATTRIBUTE = HsdsShape.of("attribute")
            .optional("taxonomy_term_id", UUID)
            .texts("link_type", "link_entity")
            .optional("link_id", UUID)
            .texts("value")
            .object("taxonomy_term", false, TAXONOMY_TERM)
            .build();

    static final HsdsShape LANGUAGE = HsdsShape.of("language")
            .texts("name", "code", "note")
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape PHONE = HsdsShape.of("phone")
            .required("number", TEXT)
            .optional("extension", NUMBER)
            .texts("type", "description")
            .list("languages", LANGUAGE)
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape CONTACT = HsdsShape.of("contact")
            .texts("name", "title", "department")
            .optional("email", EMAIL)
            .list("phones", PHONE)
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape SCHEDULE = HsdsShape.of("schedule")
            .optional("valid_from", DATE)
            .optional("valid_to", DATE)
            .texts("dtstart")
            .optional("timezone", NUMBER)
            .texts("until")
            .optional("count", NUMBER)
            .oneOf("wkst", false, "MO", "TU", "WE", "TH", "FR", "SA", "SU")
            .oneOf("freq", false, "WEEKLY", "MONTHLY")
            .optional("interval", NUMBER)
            .optional("byday", DAYS)
            .texts("byweekno", "bymonthday", "byyearday", "description")
            .optional("opens_at", TIME)
            .optional("closes_at", TIME)
            .optional("schedule_link", URI)
            .texts("attending_type", "notes")
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape SERVICE_AREA = HsdsShape.of("service_area")
            .texts("name", "description", "extent_type", "uri")
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape ACCESSIBILITY = HsdsShape.of("accessibility")
            .texts("description", "details")
            .optional("url", URI)
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape ADDRESS = HsdsShape.of("address")
            .texts("attention")
            .required("address_1", TEXT)
            .texts("address_2")
            .required("city", TEXT)
            .texts("region")
            .required("state_province", TEXT)
            .required("postal_code", TEXT)
            .required("country", TEXT)
            .oneOf("address_type", true, "physical", "postal", "virtual")
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape LOCATION = HsdsShape.of("location")
            .oneOf("location_type", true, "physical", "postal", "virtual")
            .optional("url", URI)
            .texts("name", "alternate_name", "description", "transportation")
            .optional("latitude", NUMBER)
            .optional("longitude", NUMBER)
            .list("languages", LANGUAGE)
            .list("addresses", ADDRESS)
            .list("accessibility", ACCESSIBILITY)
            .list("phones", PHONE)
            .list("schedules", SCHEDULE)
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape SERVICE_AT_LOCATION = HsdsShape.of("service_at_location")
            .texts("description")
            .list("contacts", CONTACT)
            .list("phones", PHONE)
            .list("schedules", SCHEDULE)
            .object("location", false, LOCATION)
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape ORGANIZATION = HsdsShape.of("organization")
            .required("name", TEXT)
            .texts("alternate_name")
            .required("description", TEXT)
            .optional("email", EMAIL)
            .optional("website", URI)
            .texts("logo")
            .optional("uri", URI)
            .list("phones", PHONE)
            .list("contacts", CONTACT)
            .list("attributes", ATTRIBUTE)
            .build();

    static final HsdsShape SERVICE = HsdsShape.of("service")
            .optional("organization_id", UUID)
            .required("name", TEXT)
            .texts("alternate_name", "description")
            .optional("url", URI)
            .optional("email", EMAIL)
            .oneOf("status", true, "active", "inactive", "defunct", "temporarily closed")
            .texts(
                    "interpretation_services",
                    "application_process",
                    "fees_description",
                    "wait_time",
                    "eligibility_description")
            .optional("minimum_age", NUMBER)
            .optional("maximum_age", NUMBER)
            .texts("alert", "last_modified")
            .list("phones", PHONE)
            .list("schedules", SCHEDULE)
            .list("service_areas", SERVICE_AREA)
            .list("service_at_locations", SERVICE_AT_LOCATION)
            .list("languages", LANGUAGE)
            .object("organization", true, ORGANIZATION)
            .list("contacts", CONTACT)
            .list("attributes", ATTRIBUTE)
            .build();

    private HsdsShapes() {}
}
