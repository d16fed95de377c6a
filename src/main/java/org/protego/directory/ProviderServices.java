package org.protego.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's pages: services read by everyone who refers children or provides services, and kept by the
 * service-provider staff of the organisation they belong to, or by an administrator for any organisation. Methods are
 * public only for the privilege checks.
 */
@Service
class ProviderServices {

    private final ServiceDocuments documents;

    ProviderServices(ServiceDocuments documents) {
        this.documents = documents;
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

    /** Whether the member keeps the service: an administrator, or service-provider staff of its organisation. */
    static boolean mayChange(StoredService service, StaffMember member) {
        return member.has(Role.ADMIN)
                || member.has(Role.SERVICE_PROVIDER) && member.organisationId().equals(service.organisationId());
    }
}
