package org.protego.feedback;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.directory.ServiceDirectory;
import org.protego.directory.ServiceSummary;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.referrals.ReferralLookup;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What children said about a service, as figures: to the service's own staff for every answer, and to the supervisors
 * of an organisation that referred children to it for the answers of its own referrals. Anyone else is told the
 * service does not exist.
 */
@Service
public class FeedbackAggregates {

    /** A service whose feedback the caller may read, for the list page. */
    public record ServiceChoice(UUID id, String name) {}

    private final ServiceDirectory directory;
    private final ReferralLookup referrals;
    private final Answers answers;
    private final AuditTrail auditTrail;
    private final FeedbackSettings settings;
    private final SecureRandom shuffle = new SecureRandom();

    FeedbackAggregates(
            ServiceDirectory directory,
            ReferralLookup referrals,
            Answers answers,
            AuditTrail auditTrail,
            FeedbackSettings settings) {
        this.directory = directory;
        this.referrals = referrals;
        this.answers = answers;
        this.auditTrail = auditTrail;
        this.settings = settings;
    }

    /** The service's figures as the caller may see them; 404 for a service they have no part in. Audited. */
    @PreAuthorize("hasAnyRole('SERVICE_PROVIDER','SUPERVISOR')")
    @Transactional
    public ServiceFeedback of(UUID serviceId) {
        StaffMember me = StaffMember.required();
        ServiceSummary service = directory
                .service(serviceId)
                .orElseThrow(() -> new NotFoundException(FeedbackError.SERVICE_NOT_FOUND, serviceId));
        String scope;
        UUID referredBy;
        if (me.has(Role.SERVICE_PROVIDER) && service.organisationId().equals(me.organisationId())) {
            scope = "service";
            referredBy = null;
        } else if (me.has(Role.SUPERVISOR)
                && referrals.servicesReferredToByMyOrganisation().containsKey(serviceId)) {
            scope = "own-referrals";
            referredBy = me.organisationId();
        } else {
            throw new NotFoundException(FeedbackError.SERVICE_NOT_FOUND, serviceId);
        }
        ServiceFeedback figures = FeedbackFigures.of(
                serviceId,
                service.name(),
                scope,
                answers.of(serviceId, referredBy),
                settings.minimumGroup(),
                answers::comment,
                shuffle);
        auditTrail.record(
                "feedback.figures-viewed",
                "service",
                serviceId.toString(),
                "scope=" + scope + " shown=" + figures.shown() + " comments="
                        + figures.comments().size());
        return figures;
    }

    /** The services whose feedback the caller may read: their organisation's own, and those it referred children to. */
    @PreAuthorize("hasAnyRole('SERVICE_PROVIDER','SUPERVISOR')")
    @Transactional(readOnly = true)
    public List<ServiceChoice> services() {
        StaffMember me = StaffMember.required();
        Map<UUID, String> services = new LinkedHashMap<>();
        if (me.has(Role.SERVICE_PROVIDER)) {
            for (UUID id : answers.servicesOf(me.organisationId())) {
                directory
                        .service(id)
                        .filter(service -> service.organisationId().equals(me.organisationId()))
                        .ifPresent(service -> services.put(id, service.name()));
            }
        }
        if (me.has(Role.SUPERVISOR)) {
            services.putAll(referrals.servicesReferredToByMyOrganisation());
        }
        List<ServiceChoice> choices = new ArrayList<>();
        services.forEach((id, name) -> choices.add(new ServiceChoice(id, name)));
        choices.sort(Comparator.comparing(ServiceChoice::name, String.CASE_INSENSITIVE_ORDER));
        return choices;
    }
}
