package org.protego.directory;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives a service that {@link DirectoryRows} inserted the HSDS document an import would give it, for tests of the pages
 * that show one: a description, a location with its address, phone and weekly hours, a service area and a contact.
 */
public final class DirectoryDocuments {

    private DirectoryDocuments() {}

    /** Replaces the service's document; its columns stay as they were. */
    public static void describe(JdbcClient jdbc, UUID serviceId) {
        jdbc.sql("update directory_service set document = cast(:document as jsonb) where id = :id")
                .param("id", serviceId)
                .param("document", """
                        {"id":"%s","name":"Safe House for Girls","status":"active",
                         "description":"A safe place to stay for girls.","minimum_age":12,"maximum_age":17,
                         "languages":[{"id":"%s","code":"ar","name":"Arabic"}],
                         "service_areas":[{"id":"%s","name":"Amman"}],
                         "service_at_locations":[{"id":"%s",
                           "schedules":[{"id":"%s","freq":"WEEKLY","byday":"MO,TU","opens_at":"08:00","closes_at":"18:00"}],
                           "location":{"id":"%s","location_type":"physical","name":"Main house",
                             "addresses":[{"id":"%s","address_1":"12 Rainbow Street","city":"Amman",
                               "state_province":"Amman Governorate","postal_code":"11181","country":"JO",
                               "address_type":"physical"}],
                             "phones":[{"id":"%s","number":"+962 6 000 0000"}]}}],
                         "contacts":[{"id":"%s","name":"Rania","email":"rania@amal-shelter.example.org"}]}""".formatted(
                                serviceId,
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID()))
                .update();
    }
}
