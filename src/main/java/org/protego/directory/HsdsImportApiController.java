package org.protego.directory;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
class HsdsImportApiController {

    private final DirectoryManagement directory;

    HsdsImportApiController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @Operation(
            summary = "Imports one HSDS 3.0 service with its nested organization, locations, phones and schedules; 201"
                    + " when new, 200 when it replaced the service with the same id; ignoredFields are JSON Pointers"
                    + " of what Protego does not keep (administrator; service provider for its own organisation)")
    @PostMapping("/api/v1/directory/hsds/services")
    ResponseEntity<Map<String, Object>> importService(@RequestBody JsonNode service) {
        ImportedService imported = directory.importService(service);
        return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(answer(imported));
    }

    @Operation(
            summary = "Imports a JSON array of HSDS 3.0 services, all or none; problems are named by pointers such as"
                    + " /3/status (administrator)")
    @PostMapping("/api/v1/directory/hsds/import")
    List<Map<String, Object>> importAll(@RequestBody JsonNode services) {
        return directory.importAll(services).stream()
                .map(HsdsImportApiController::answer)
                .toList();
    }

    @Operation(summary = "The whole directory as a JSON array of fully nested HSDS 3.0 services (administrator)")
    @GetMapping("/api/v1/directory/hsds/export")
    JsonNode export() {
        return directory.exportAll();
    }

    private static Map<String, Object> answer(ImportedService imported) {
        return Map.of("id", imported.id(), "ignoredFields", imported.ignoredFields());
    }
}
