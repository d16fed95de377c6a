package org.protego.hashes;

import io.swagger.v3.oas.annotations.Operation;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class HashApiController {

    record MatchRequest(List<HashQuery> hashes, Integer maxDistance) {}

    record MatchAnswer(List<MatchResult> results) {}

    record ClassificationRequest(String classification) {}

    record SeriesRequest(String series) {}

    record LicenceRequest(UUID organisationId) {}

    private final HashManagement hashes;

    HashApiController(HashManagement hashes) {
        this.hashes = hashes;
    }

    @Operation(
            summary = "Match up to 1,000 PDQ or exact hashes against the lists the caller may use (industry, analyst)")
    @PostMapping("/hashes/match")
    MatchAnswer match(@RequestBody MatchRequest request) {
        return new MatchAnswer(hashes.match(request.hashes(), request.maxDistance()));
    }

    @Operation(summary = "Add a hash; one already listed answers 200 with its earlier classification (analyst)")
    @PostMapping("/hashes/entries")
    ResponseEntity<HashManagement.AddedHash> add(@RequestBody HashManagement.AddHash request) {
        var added = hashes.add(request);
        return ResponseEntity.status(added.alreadyKnown() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(added);
    }

    @Operation(summary = "Remove a hash entry; it stops matching at once (analyst)")
    @DeleteMapping("/hashes/entries/{id}")
    Map<String, Object> remove(@PathVariable long id) {
        hashes.remove(id);
        return Map.of("removed", id);
    }

    @Operation(summary = "Re-classify a hash entry (analyst)")
    @PutMapping("/hashes/entries/{id}/classification")
    HashEntry reclassify(@PathVariable long id, @RequestBody ClassificationRequest request) {
        return hashes.reclassify(id, request.classification());
    }

    @Operation(summary = "Put a hash entry into a series of images of the same victim or set (analyst)")
    @PutMapping("/hashes/entries/{id}/series")
    HashEntry series(@PathVariable long id, @RequestBody SeriesRequest request) {
        return hashes.assignSeries(id, request.series());
    }

    @Operation(summary = "Download a list as CSV, whole or the changes since a version (industry with a licence)")
    @GetMapping(path = "/hashes/lists/{list}/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@PathVariable String list, @RequestParam(defaultValue = "0") long since) {
        var buffer = new java.io.ByteArrayOutputStream();
        var writer = new OutputStreamWriter(buffer, StandardCharsets.UTF_8);
        long version = hashes.export(list, since, writer);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv"))
                .header("X-Protego-List-Version", Long.toString(version))
                .body(buffer.toByteArray());
    }

    @Operation(summary = "The newest version of a list, to ask later for the changes since it")
    @GetMapping("/hashes/lists/{list}")
    Map<String, Object> version(@PathVariable String list) {
        return Map.of("list", list, "version", hashes.version(list));
    }

    @Operation(summary = "Hash lists (admin, analyst)")
    @GetMapping("/hashes/lists")
    List<String> lists() {
        return hashes.lists();
    }

    @Operation(summary = "Import CSV algorithm,hash,classification,series,source,date_added into a list (admin)")
    @PostMapping(
            path = "/admin/hashes/lists/{list}/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    Map<String, Object> importCsv(@PathVariable String list, @RequestBody String csv) {
        return Map.of("list", list, "added", hashes.importCsv(list, csv));
    }

    @Operation(summary = "License a list to an organisation (admin)")
    @PostMapping("/admin/hashes/lists/{list}/licences")
    Map<String, Object> license(@PathVariable String list, @RequestBody LicenceRequest request) {
        hashes.license(list, request.organisationId());
        return Map.of("list", list, "organisationId", request.organisationId());
    }

    @Operation(summary = "Withdraw a list's licence from an organisation (admin)")
    @DeleteMapping("/admin/hashes/lists/{list}/licences/{organisationId}")
    Map<String, Object> revoke(@PathVariable String list, @PathVariable UUID organisationId) {
        hashes.revokeLicence(list, organisationId);
        return Map.of("list", list, "revoked", organisationId);
    }
}
