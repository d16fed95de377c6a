package org.protego.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.protego.shared.TypedText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The directory's pages: services read by everyone who refers children or provides services, and kept by the
 * service-provider staff of the organisation they belong to, or by an administrator for any organisation. Methods are
 * public only for the privilege checks.
 */
@Service
class ProviderServices {

    private final ServiceDocuments documents;
    private final DirectoryManagement management;
    private final AuditTrail auditTrail;

    ProviderServices(ServiceDocuments documents, DirectoryManagement management, AuditTrail auditTrail) {
        this.documents = documents;
        this.management = management;
        this.auditTrail = auditTrail;
    }

    /** The service with its HSDS document, whatever its status; 404 if there is none. */
    @PreAuthorize("hasAnyRole('CASE_WORKER','SUPERVISOR','SERVICE_PROVIDER','ADMIN')")
    @Transactional(readOnly = true)
    public StoredService service(UUID serviceId) {
        return documents
                .find(serviceId)
                .orElseThrow(() -> new NotFoundException(DirectoryError.SERVICE_NOT_FOUND, serviceId));
    }

    /** The services the caller keeps: a service provider its organisation's, an administrator every one. */
    @PreAuthorize("hasAnyRole('SERVICE_PROVIDER','ADMIN')")
    @Transactional(readOnly = true)
    public List<ServiceSummary> kept() {
        StaffMember caller = StaffMember.required();
        return caller.has(Role.ADMIN) ? documents.all() : documents.ofOrganisation(caller.organisationId());
    }

    /**
     * The organisation a new service of the caller's belongs to: a service provider's own; empty for an administrator,
     * who names it.
     */
    @PreAuthorize("hasAnyRole('SERVICE_PROVIDER','ADMIN')")
    public Optional<String> ownerOfNewServices() {
        StaffMember caller = StaffMember.required();
        return caller.has(Role.ADMIN) ? Optional.empty() : Optional.of(caller.organisationName());
    }

    /** The service, for changing it; 403 unless the caller keeps it. */
    @PreAuthorize("hasAnyRole('SERVICE_PROVIDER','ADMIN')")
    @Transactional(readOnly = true)
    public StoredService changeable(UUID serviceId) {
        StoredService service = service(serviceId);
        if (!mayChange(service, StaffMember.required())) {
            throw new AccessDeniedException("The service belongs to another organisation.");
        }
        return service;
    }

    /**
     * Saves the service the form describes as HSDS 3.0, through the directory's import: a new one when
     * {@code serviceId} is null, else a change to one the caller keeps (403 otherwise). Returns the service's id.
     */
    @PreAuthorize("hasAnyRole('SERVICE_PROVIDER','ADMIN')")
    @Transactional
    public UUID save(UUID serviceId, Map<String, String> form) {
        StoredService previous = serviceId == null ? null : changeable(serviceId);
        JsonNode organization = previous != null ? previous.organisation() : organizationOfANewService(form);
        ImportedService saved =
                management.importService(ServiceForm.documentFrom(form, previous, organization, UUID::randomUUID));
        auditTrail.record(
                "directory.service-changed",
                "directory-service",
                saved.id().toString(),
                "form created=" + saved.created());
        return saved.id();
    }

    /**
     * The HSDS organization a new service belongs to: the one the directory holds for the organisation, or a new one
     * named like it; null when an administrator named none.
     */
    private JsonNode organizationOfANewService(Map<String, String> form) {
        StaffMember caller = StaffMember.required();
        if (!caller.has(Role.ADMIN)) {
            return documents
                    .organisationOf(caller.organisationId())
                    .orElseGet(() -> newOrganization(caller.organisationName()));
        }
        String named = TypedText.orNullIfBlank(form.get("organisation"));
        if (named == null) {
            return null;
        }
        String name = named.strip();
        return documents.organisationNamed(name).orElseGet(() -> newOrganization(name));
    }

    /** HSDS requires an organization's description; until its staff write one, its name stands for it. */
    private static JsonNode newOrganization(String name) {
        ObjectNode organization = JsonNodeFactory.instance.objectNode();
        organization.put("id", UUID.randomUUID().toString());
        organization.put("name", name);
        organization.put("description", name);
        return organization;
    }

    /** Whether the member keeps the service: an administrator, or service-provider staff of its organisation. */
    static boolean mayChange(StoredService service, StaffMember member) {
        return member.has(Role.ADMIN)
                || member.has(Role.SERVICE_PROVIDER) && member.organisationId().equals(service.organisationId());
    }
}
