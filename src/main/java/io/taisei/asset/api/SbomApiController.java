package io.taisei.asset.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.SystemId;
import io.taisei.asset.sbom.SbomComponentSummary;
import io.taisei.asset.sbom.SbomDiff;
import io.taisei.asset.sbom.SbomManagement;
import io.taisei.asset.sbom.SbomSummary;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "SBOMs", description = "Software bills of materials of systems (SBOM, guideline 2.2.1.2(e))")
class SbomApiController {

    /** The media type CycloneDX registers for its JSON documents. */
    static final MediaType CYCLONEDX_JSON = MediaType.parseMediaType("application/vnd.cyclonedx+json; version=1.6");

    private final SbomManagement sboms;

    SbomApiController(SbomManagement sboms) {
        this.sboms = sboms;
    }

    // no "consumes": a wrong content type must meet the permission check (403) before the 400 for a missing file
    @PostMapping("/systems/{id}/sboms")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Upload an SBOM", description = "Multipart `file`: CycloneDX JSON or XML (1.2-1.6) or SPDX 2.3 "
            + "JSON. Stored as the system's new current version (201). A file that cannot be read is refused with "
            + "400 naming the file and the reason, and nothing is stored.")
    ResponseEntity<SbomSummary> upload(@PathVariable long id,
                                       @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw RuleViolationException.invalid("file", "sbom.file.required");
        }
        SbomSummary stored;
        try (InputStream in = file.getInputStream()) {
            stored = sboms.upload(new SystemId(id), file.getOriginalFilename(), file.getSize(), in);
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/sboms/{id}").buildAndExpand(stored.id()).toUri()).body(stored);
    }

    @GetMapping("/systems/{id}/sboms")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List a system's SBOM versions", description = "Newest first; sort by uploadedAt or componentCount.")
    PageResponse<SbomSummary> versions(@PathVariable long id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, SbomManagement.VERSION_SORTS, SbomManagement.VERSION_DEFAULT_SORT);
        return PageResponse.of(sboms.versions(new SystemId(id), pageable), s -> s);
    }

    @GetMapping("/sboms/{sbomId}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get an SBOM version", description = "A version never changes; the ETag is the file's SHA-256.")
    ResponseEntity<SbomSummary> version(@PathVariable long sbomId) {
        SbomSummary version = sboms.version(sbomId);
        return ResponseEntity.ok().eTag("\"" + version.sha256() + "\"").body(version);
    }

    @GetMapping("/sboms/{sbomId}/components")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List an SBOM version's components", description = "Paginated; q searches name, group and "
            + "package URL; sort by name, version, purl, group, type or supplier.")
    PageResponse<SbomComponentSummary> components(@PathVariable long sbomId,
                                                  @RequestParam(required = false) @Size(max = 200) String q,
                                                  @RequestParam(required = false) Integer page,
                                                  @RequestParam(required = false) Integer size,
                                                  @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort) {
        var pageable = Paging.of(page, size, sort, SbomManagement.COMPONENT_SORTS, SbomManagement.COMPONENT_DEFAULT_SORT);
        return PageResponse.of(sboms.components(sbomId, q, pageable), c -> c);
    }

    @GetMapping("/sboms/{from}/diff/{to}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Compare two SBOM versions of a system", description = "Components added, removed and with "
            + "another version, matched by package URL without version (or by group and name).")
    SbomDiff diff(@PathVariable long from, @PathVariable long to) {
        return sboms.diff(from, to);
    }

    @GetMapping("/systems/{id}/sbom.cdx.json")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Export a system's current SBOM", description = "CycloneDX 1.6 JSON, whatever format was uploaded.")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return cycloneDx(sboms.exportCurrent(new SystemId(id)), "system-" + id + ".cdx.json");
    }

    static ResponseEntity<byte[]> cycloneDx(String json, String fileName) {
        return ResponseEntity.ok().contentType(CYCLONEDX_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }
}
