package org.protego.directory;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS 3.0's read API, as its OpenAPI description has it, so that other directories can read Protego's. Who may read
 * is set by {@code protego.directory.hsds-read-access}: staff with a token (the default), or anyone.
 */
@RestController
@RequestMapping("/api/v1/directory/hsds")
class HsdsReadApiController {

    static final String HSDS_VERSION = "3.0";
    static final String HSDS_PROFILE = "https://openreferral.org/";
    static final String HSDS_OPENAPI =
            "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    private final HsdsCatalogue catalogue;

    HsdsReadApiController(HsdsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "HSDS: the version of HSDS this API follows, its profile and its OpenAPI description")
    @GetMapping({"", "/"})
    ObjectNode about() {
        ObjectNode about = JsonNodeFactory.instance.objectNode();
        about.put("version", HSDS_VERSION);
        about.put("profile", HSDS_PROFILE);
        about.put("openapi_url", HSDS_OPENAPI);
        return about;
    }

    @Operation(summary = "HSDS: one service, fully nested")
    @GetMapping("/services/{id}")
    ObjectNode service(@PathVariable UUID id) {
        return catalogue.service(id);
    }

    @Operation(
            summary = "HSDS: a page of services with their one-to-one fields, or fully nested with full=true; search"
                    + " in names and descriptions, taxonomy_term_id, taxonomy_id and organization_id filter (AND)")
    @GetMapping("/services")
    ObjectNode services(
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_term_id", required = false) UUID taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(name = "organization_id", required = false) UUID organizationId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(defaultValue = "false") boolean full) {
        return catalogue.services(
                new HsdsCatalogue.ServiceFilter(search, taxonomyTermId, taxonomyId, organizationId),
                HsdsCatalogue.Paging.of(page, perPage),
                full);
    }

    @Operation(summary = "HSDS: a page of organizations with their one-to-one fields; search in names")
    @GetMapping("/organizations")
    ObjectNode organizations(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return catalogue.organizations(search, HsdsCatalogue.Paging.of(page, perPage));
    }

    @Operation(summary = "HSDS: one organization with its services, which are fully nested with full_service=true")
    @GetMapping("/organizations/{id}")
    ObjectNode organization(
            @PathVariable UUID id, @RequestParam(name = "full_service", defaultValue = "false") boolean fullService) {
        return catalogue.organization(id, fullService);
    }

    @Operation(summary = "HSDS: the taxonomies Protego's directory uses")
    @GetMapping("/taxonomies")
    ObjectNode taxonomies(
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return catalogue.taxonomies(HsdsCatalogue.Paging.of(page, perPage));
    }

    @Operation(summary = "HSDS: the terms of those taxonomies, of one taxonomy with taxonomy_id")
    @GetMapping("/taxonomy_terms")
    ObjectNode taxonomyTerms(
            @RequestParam(name = "taxonomy_id", required = false) UUID taxonomyId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return catalogue.taxonomyTerms(taxonomyId, HsdsCatalogue.Paging.of(page, perPage));
    }
}
