package org.protego.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.protego.audit.AuditTrail;
import org.protego.identity.IdentityManagement;
import org.protego.identity.Organisation;
import org.protego.identity.Role;
import org.protego.identity.StaffMember;
import org.protego.shared.ConflictException;
import org.protego.shared.FieldProblem;
import org.protego.shared.InvalidRequestException;
import org.protego.shared.NotFoundException;
import org.protego.shared.RefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Keeps the directory's services as HSDS 3.0: imports them one by one or all at once, and gives them back fully
 * nested. A service belongs to the Protego organisation named like its HSDS {@code organization.name}, whose
 * service-provider staff receive its referrals. Searching is {@link DirectorySearch}'s.
 */
@Service
public class DirectoryManagement {

    private final DirectoryServices services;
    private final IdentityManagement identity;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DirectoryManagement(DirectoryServices services, IdentityManagement identity, AuditTrail auditTrail, Clock clock) {
        this.services = services;
        this.identity = identity;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Imports one HSDS 3.0 service with its nested organization, locations, phones and schedules, keeping its id; one
     * with the same id is replaced. An administrator may import for any organisation, a service provider only for its
     * own (403 otherwise); the organisation is created if missing. Refuses an invalid service with every problem named
     * by JSON Pointer, and a service id that another organisation's service holds.
     */
    @PreAuthorize("hasAnyRole('ADMIN','SERVICE_PROVIDER')")
    @Transactional
    public ImportedService importService(JsonNode service) {
        List<FieldProblem> problems = HsdsRules.problemsOf(service, "");
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return save(HsdsJson.service(service), IgnoredFields.of(service, ""), "");
    }

    /**
     * Imports a JSON array of HSDS services, all or none: problems are named by pointers starting with the service's
     * index, such as {@code /3/status}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<ImportedService> importAll(JsonNode services) {
        if (services == null || !services.isArray()) {
            throw new InvalidRequestException(
                    List.of(HsdsRules.invalid("", HsdsRules.EXPECTED.get(HsdsShape.Kind.LIST))));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            JsonNode service = services.get(i);
            problems.addAll(HsdsRules.problemsOf(service, "/" + i));
            JsonNode id = service.isObject() ? service.get("id") : null;
            if (id != null && id.isString() && !ids.add(id.asString().toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem("/" + i + "/id", DirectoryError.HSDS_DUPLICATE_ID, "/" + i + "/id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<ImportedService> imported = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            JsonNode service = services.get(i);
            imported.add(save(HsdsJson.service(service), IgnoredFields.of(service, "/" + i), "/" + i));
        }
        return imported;
    }

    /** Every service of the directory, fully nested, as a JSON array that HSDS 3.0's service schema validates. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ArrayNode exportAll() {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        services.all().forEach(stored -> all.add(HsdsJson.tree(stored.full())));
        return all;
    }

    /** The service with this HSDS id, fully nested as HSDS's {@code /services/{id}} gives it; 404 if there is none. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public JsonNode service(UUID id) {
        return services.service(id)
                .map(stored -> (JsonNode) HsdsJson.tree(stored.full()))
                .orElseThrow(() -> new NotFoundException(DirectoryError.SERVICE_NOT_FOUND, id));
    }

    private ImportedService save(HsdsService service, List<String> ignored, String pointer) {
        StaffMember caller = StaffMember.required();
        String organisationName = service.organization().name().strip();
        boolean administrator = caller.has(Role.ADMIN);
        if (!administrator && !organisationName.equals(caller.organisationName())) {
            throw new RefusedException(DirectoryError.IMPORT_FOR_OTHER_ORGANISATION, organisationName);
        }
        Organisation organisation = identity.ensureServiceProvider(organisationName);
        List<String> ignoredFields = new ArrayList<>(ignored);
        HsdsService.Organization organization = service.organization()
                .withAttributes(ProtegoTaxonomies.linked(service.organization().attributes()));
        Optional<UUID> entry = services.directoryOrganisationOf(organisation.id());
        if (entry.isPresent() && !entry.get().equals(organization.id())) {
            // The organisation keeps the HSDS id it was first imported with, which its services already name.
            organization = organization.withId(entry.get());
            ignoredFields.add(pointer + "/organization/id");
        } else if (entry.isEmpty()
                && services.organisationWithEntry(organization.id()).isPresent()) {
            throw new ConflictException(DirectoryError.ORGANIZATION_ID_TAKEN, organization.id());
        }
        Optional<UUID> owner = services.ownerOfService(service.id());
        if (owner.isPresent() && !owner.get().equals(organization.id())) {
            throw administrator
                    ? new ConflictException(DirectoryError.SERVICE_OF_OTHER_ORGANISATION, service.id())
                    : new RefusedException(DirectoryError.IMPORT_FOR_OTHER_ORGANISATION, organisationName);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        services.saveOrganisation(organisation.id(), organization, ServiceColumns.sectorOf(organization), now);
        HsdsService stored = service.storedAs(
                organization.id(),
                ProtegoTaxonomies.linked(service.attributes()),
                // An Instant always prints its seconds, as RFC 3339 (HSDS's date-time) needs; OffsetDateTime drops :00.
                now.toString());
        boolean created = services.saveService(stored, ServiceColumns.of(stored), now, caller.username());
        auditTrail.record(
                "directory.service-imported",
                "directory-service",
                service.id().toString(),
                "organisation=" + organisation.id() + " created=" + created);
        return new ImportedService(service.id(), ignoredFields, created);
    }
}
