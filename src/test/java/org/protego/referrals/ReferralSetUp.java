package org.protego.referrals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.Api;
import org.protego.cases.CaseFixtures;
import org.protego.directory.DirectoryRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A child-protection organisation with a case worker and a supervisor in one team, a 14-year-old girl's case, and a
 * shelter of another organisation for girls of 12 to 17 with its service-provider staff; each set-up has its own
 * names, as every test shares one database.
 */
final class ReferralSetUp {

    final Api api;
    final JdbcClient jdbc;
    final String organisation;
    final String shelterOrganisation;
    final Api.StaffUser caseWorker;
    final Api.StaffUser supervisor;
    final Api.StaffUser shelterStaff;
    final UUID shelter;
    final String caseId;
    /** The area every service of this set-up serves, so that a search can keep to them. */
    final String area;

    ReferralSetUp(Api api, JdbcClient jdbc) {
        this.api = api;
        this.jdbc = jdbc;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisation = "ngo-" + suffix;
        area = "town-" + suffix;
        shelterOrganisation = "Amal Shelter " + suffix;
        caseWorker = api.createUserInTeam(organisation, "north", "CASE_WORKER");
        supervisor = api.createUserInTeam(organisation, "north", "SUPERVISOR");
        shelterStaff = api.createUser(shelterOrganisation, "SERVICE_PROVIDER");
        shelter = service(shelterOrganisation, "Safe House for Girls", "shelter", 12, 17, List.of("female"));
        caseId = CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk");
    }

    UUID organisationIdOf(String name) {
        return jdbc.sql("select id from identity_organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }

    UUID service(String organisationName, String name, String need, Integer min, Integer max, List<String> sexes) {
        UUID service = DirectoryRows.insertService(
                jdbc, organisationIdOf(organisationName), name, need, min, max, sexes, List.of("ar", "fr", "th"));
        jdbc.sql("update directory_service set areas = array[:area] where id = :id")
                .param("area", area)
                .param("id", service)
                .update();
        return service;
    }

    /** Records the child's consent to share information with the organisation; returns the consent's id. */
    String consentFor(String recipient) {
        Api.Response recorded = api.postJson(
                "/api/v1/cases/" + caseId + "/consents",
                caseWorker.token(),
                Map.of("purpose", "information_sharing", "givenBy", "child", "recipientOrganisation", recipient));
        if (recorded.status() != 201) {
            throw new IllegalStateException("Could not record the consent: " + recorded.body());
        }
        return recorded.json().get("id").asString();
    }

    Api.Response refer(Api.StaffUser who, UUID serviceId, String urgency, List<String> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("serviceId", serviceId.toString());
        body.put("reason", "She needs a safe place to stay tonight.");
        body.put("urgency", urgency);
        body.put("sharedFields", fields);
        return api.postJson("/api/v1/cases/" + caseId + "/referrals", who.token(), body);
    }

    /** Consents to the shelter and refers the child to it, sharing given name, age and languages; returns its id. */
    String referredToTheShelter(String urgency) {
        consentFor(shelterOrganisation);
        Api.Response sent = refer(caseWorker, shelter, urgency, List.of("givenName", "age", "languages"));
        if (sent.status() != 201) {
            throw new IllegalStateException("Could not refer: " + sent.body());
        }
        return sent.json().get("id").asString();
    }

    Api.Response move(Api.StaffUser who, String referralId, String move, Map<String, Object> body) {
        return api.postJson("/api/v1/referrals/" + referralId + "/" + move, who.token(), body);
    }

    Api.Response view(Api.StaffUser who, String referralId) {
        return api.get("/api/v1/referrals/" + referralId, who.token());
    }
}
