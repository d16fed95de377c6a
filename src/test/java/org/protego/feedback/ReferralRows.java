package org.protego.feedback;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.protego.Api;
import org.protego.cases.CaseFixtures;
import org.protego.directory.DirectoryRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes referrals straight into the referrals table, for tests of feedback that do not test referrals: a case of a
 * sending organisation referred to a service of a provider organisation, in the state the test needs.
 */
public final class ReferralRows {

    private ReferralRows() {}

    /** Everything a feedback test needs: the two sides, their staff, a case, a service and a referral between them. */
    public record Loop(
            Api.StaffUser caseWorker,
            Api.StaffUser provider,
            String sender,
            String providerOrganisation,
            UUID caseId,
            UUID serviceId,
            UUID referralId) {}

    /** A case worker of team north refers a 14-year-old girl to a shelter whose service is in {@code state}. */
    public static Loop loop(Api api, JdbcClient jdbc, String state) {
        String sender = "ngo-" + UUID.randomUUID().toString().substring(0, 8);
        String providerOrganisation = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        Api.StaffUser caseWorker = api.createUserInTeam(sender, "north", "CASE_WORKER");
        Api.StaffUser provider = api.createUser(providerOrganisation, "SERVICE_PROVIDER");
        UUID caseId = UUID.fromString(CaseFixtures.registeredCase(api, caseWorker, "Malee", "Srisuk"));
        UUID serviceId = DirectoryRows.insertService(
                jdbc,
                organisationId(jdbc, providerOrganisation),
                "Safe House " + providerOrganisation,
                "shelter",
                12,
                17,
                List.of("female"),
                List.of("ar", "en"));
        UUID referralId = insertReferral(jdbc, caseId, UUID.fromString(caseWorker.id()), serviceId, state);
        return new Loop(caseWorker, provider, sender, providerOrganisation, caseId, serviceId, referralId);
    }

    /** Another referral of a case to a service, sent by a member of the case's organisation. */
    public static UUID insertReferral(JdbcClient jdbc, UUID caseId, UUID sentBy, UUID serviceId, String state) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into referrals_referral (id, case_id, case_number, from_organisation_id, sent_by,
                            to_organisation_id, service_id, service_name, need, urgency, shared_fields, state, sent_at,
                            sex, age_band, version)
                        select :id, c.id, c.case_number, c.organisation_id, :sentBy, o.organisation_id, s.id, s.name,
                            'shelter', 'high', '{givenName}', :state, :now, 'female', '12-17', 1
                        from case_file c, directory_service s
                            join directory_organisation o on o.id = s.directory_organisation_id
                        where c.id = :case and s.id = :service""")
                .param("id", id)
                .param("sentBy", sentBy)
                .param("state", state)
                .param("now", now)
                .param("case", caseId)
                .param("service", serviceId)
                .update();
        return id;
    }

    public static UUID organisationId(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from identity_organisation where name = :name")
                .param("name", name)
                .query(UUID.class)
                .single();
    }
}
