package org.protego.blocklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protego.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/blocklist")
class BlocklistApiController {

    record LatestVersion(
            long version,
            int entries,
            String sha256,
            String signature,
            String rpzSha256,
            String rpzSignature,
            String publishedAt,
            String manifest,
            String manifestSignature) {}

    record AppealRequest(Long entryId, String appellant, String grounds) {}

    record DecisionRequest(Boolean upheld, String decision) {}

    private final BlocklistManagement blocklist;
    private final ItemEntries itemEntries;
    private final SiteOwnerAppeals appeals;
    private final ListSigner signer;
    private final JsonMapper json;

    BlocklistApiController(
            BlocklistManagement blocklist,
            ItemEntries itemEntries,
            SiteOwnerAppeals appeals,
            ListSigner signer,
            JsonMapper json) {
        this.blocklist = blocklist;
        this.itemEntries = itemEntries;
        this.appeals = appeals;
        this.signer = signer;
        this.json = json;
    }

    @Operation(
            summary = "The newest published version: the SHA-256 and ECDSA signature of its hashed-URL feed and zone,"
                    + " and the signed manifest binding both to the version and its time")
    @GetMapping("/versions/latest")
    LatestVersion latest() {
        return blocklist
                .latest()
                .map(BlocklistApiController::summary)
                .orElseThrow(() -> new NotFoundException(BlocklistError.NO_VERSION_PUBLISHED));
    }

    @Operation(summary = "A published version's summary")
    @GetMapping("/versions/{version}")
    LatestVersion version(@PathVariable long version) {
        return summary(blocklist.publishedVersion(version));
    }

    @Operation(summary = "The hashed-URL feed of a version: one SHA-256 hex digest a line, sorted")
    @GetMapping(path = "/versions/{version}/hashed-urls", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<StreamingResponseBody> hashedUrls(@PathVariable long version) {
        ListVersion found = blocklist.publishedVersion(version);
        StreamingResponseBody body = out -> blocklist.writeHashedUrls(version, out);
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .eTag("\"" + found.hashedUrlsSha256() + "\"")
                .header("X-Protego-Signature", found.hashedUrlsSignature())
                .body(body);
    }

    @Operation(summary = "The DNS response policy zone of a version, for BIND and Unbound")
    @GetMapping(path = "/versions/{version}/rpz", produces = "text/dns")
    ResponseEntity<String> rpz(@PathVariable long version) {
        ListVersion found = blocklist.publishedVersion(version);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/dns"))
                .header("X-Protego-Signature", found.rpzSignature())
                .body(blocklist.rpz(version));
    }

    @Operation(
            summary = "A version's manifest: version, created-at and the SHA-256 of both files, signed in"
                    + " X-Protego-Signature")
    @GetMapping(path = "/versions/{version}/manifest", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> manifest(@PathVariable long version) {
        ListVersion found = blocklist.publishedVersion(version);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.US_ASCII))
                .header("X-Protego-Signature", found.manifestSignature())
                .body(found.manifest());
    }

    @Operation(
            summary = "Digests and domains added and removed since a version the caller holds; the signature of the"
                    + " exact body is in X-Protego-Signature")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ListDelta.class)))
    @GetMapping(path = "/delta", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> delta(@RequestParam("from") long from) {
        // Signed as the bytes sent, so that a client verifies what it received before it parses it.
        byte[] body = json.writeValueAsBytes(blocklist.deltaSince(from));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Protego-Signature", signer.sign(body))
                .body(body);
    }

    @Operation(summary = "The public key (PEM) that verifies every list signature")
    @GetMapping(path = "/public-key", produces = "application/x-pem-file")
    String publicKey() {
        return blocklist.publicKeyPem();
    }

    @Operation(summary = "Publish pending changes now (analyst)")
    @PostMapping("/publish")
    ResponseEntity<Object> publish() {
        return blocklist
                .publishNow()
                .<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.ok(Map.of("published", false)));
    }

    @Operation(summary = "Recent versions, published, held and rejected (analyst)")
    @GetMapping("/versions")
    List<ListVersion> versions() {
        return blocklist.recentVersions();
    }

    @Operation(summary = "Approve a held version (a second analyst)")
    @PostMapping("/versions/{version}/approval")
    ListVersion approve(@PathVariable long version) {
        return blocklist.approve(version);
    }

    @Operation(summary = "Reject a held version (analyst)")
    @PostMapping("/versions/{version}/rejection")
    Map<String, Object> reject(@PathVariable long version) {
        blocklist.reject(version);
        return Map.of("version", version, "state", VersionState.REJECTED);
    }

    @Operation(
            summary = "List the whole domain of a URL item assessed illegal as dedicated to abuse (analyst of the"
                    + " hotline); refuses an item not assessed illegal or whose host is not a registrable domain name")
    @PostMapping("/dedicated-domains")
    Map<String, Object> markDedicated(@RequestBody Map<String, UUID> request) {
        itemEntries.markDomainDedicatedToAbuse(request.get("urlItemId"));
        return Map.of("requested", true);
    }

    @Operation(summary = "Entries of a URL item (analyst)")
    @GetMapping("/entries")
    List<BlocklistEntry> entries(@RequestParam UUID urlItemId) {
        return itemEntries.entriesOfItem(urlItemId);
    }

    @Operation(
            summary = "Where a URL item stands on the list: entries, an entry still being prepared, or why none was"
                    + " made (analyst)")
    @GetMapping("/items/{urlItemId}")
    ItemListing item(@PathVariable UUID urlItemId) {
        return itemEntries.itemListing(urlItemId);
    }

    @Operation(summary = "Record a site owner's appeal against an entry (analyst)")
    @PostMapping("/appeals")
    Appeal appeal(@RequestBody AppealRequest request) {
        if (request.entryId() == null) {
            throw new NotFoundException(BlocklistError.ENTRY_NOT_GIVEN);
        }
        return appeals.record(request.entryId(), request.appellant(), request.grounds());
    }

    @Operation(summary = "Decide an appeal: upheld removes the entry with the next version (analyst)")
    @PostMapping("/appeals/{id}/decision")
    Appeal decide(@PathVariable UUID id, @RequestBody DecisionRequest request) {
        return appeals.decide(id, Boolean.TRUE.equals(request.upheld()), request.decision());
    }

    private static LatestVersion summary(ListVersion version) {
        return new LatestVersion(
                version.version(),
                version.entries(),
                version.hashedUrlsSha256(),
                version.hashedUrlsSignature(),
                version.rpzSha256(),
                version.rpzSignature(),
                version.createdAt().toString(),
                version.manifest(),
                version.manifestSignature());
    }
}
