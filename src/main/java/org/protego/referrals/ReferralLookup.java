package org.protego.referrals;

import java.util.Optional;
import java.util.UUID;
import org.protego.cases.CaseSharing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals as other modules may see them, for callers on the sending side who may see the referral's case. */
@Service
public class ReferralLookup {

    private final JdbcClient jdbc;
    private final CaseSharing cases;

    ReferralLookup(JdbcClient jdbc, CaseSharing cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** The referral, if the caller may see its case; otherwise empty, whether or not it exists. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public Optional<ReferralFacts> onSendingSide(UUID referralId) {
        return jdbc.sql("""
                        select id, case_id, service_id, service_name, from_organisation_id, to_organisation_id, state
                        from referrals_referral where id = :id""")
                .param("id", referralId)
                .query((rs, row) -> new ReferralFacts(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .optional()
                .filter(facts ->
                        !cases.visibleAmong(java.util.List.of(facts.caseId())).isEmpty());
    }

    // For children's feedback: a case's referrals, and the services an organisation has referred children to.

    /** The referrals of a case the caller may see, oldest first; empty for a case outside the caller's scope. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public java.util.List<ReferralFacts> ofCase(UUID caseId) {
        if (cases.visibleAmong(java.util.List.of(caseId)).isEmpty()) {
            return java.util.List.of();
        }
        return jdbc.sql("""
                        select id, case_id, service_id, service_name, from_organisation_id, to_organisation_id, state
                        from referrals_referral where case_id = :case order by sent_at, id""")
                .param("case", caseId)
                .query((rs, row) -> new ReferralFacts(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getObject(6, UUID.class),
                        rs.getString(7)))
                .list();
    }

    /** The services the caller's organisation has referred children to, by id, with their names, sorted by name. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> servicesReferredToByMyOrganisation() {
        var services = new java.util.LinkedHashMap<UUID, String>();
        jdbc.sql("""
                        select service_id, min(service_name) as name from referrals_referral
                        where from_organisation_id = :organisation group by service_id order by name, service_id""")
                .param(
                        "organisation",
                        org.protego.identity.StaffMember.required().organisationId())
                .query((rs, row) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(service -> services.put(service.getKey(), service.getValue()));
        return services;
    }
}
