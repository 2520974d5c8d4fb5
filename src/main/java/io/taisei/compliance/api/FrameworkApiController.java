package io.taisei.compliance.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.compliance.CatalogId;
import io.taisei.compliance.CatalogItemId;
import io.taisei.compliance.framework.FrameworkManagement;
import io.taisei.compliance.framework.FrameworkSummary;
import io.taisei.compliance.framework.GuidelineMappingDraft;
import io.taisei.compliance.framework.GuidelineMappingSummary;
import io.taisei.compliance.framework.ImportResult;
import io.taisei.compliance.framework.MappingSetSummary;
import io.taisei.compliance.framework.RequirementMappingSummary;
import io.taisei.compliance.framework.RequirementNodeSummary;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Frameworks in CISO Assistant's library format: import, read, export, and mappings. */
@RestController
@RequestMapping("/api/v1/frameworks")
@Tag(name = "Frameworks", description = "Other frameworks (NIST CSF, internal standards …) as CISO Assistant libraries, "
        + "and mappings from guideline items to them (他のフレームワーク)")
class FrameworkApiController {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final FrameworkManagement frameworks;

    FrameworkApiController(FrameworkManagement frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "List frameworks", description = "Current versions; sort by refId, name or importedAt.")
    PageResponse<FrameworkSummary> list(@RequestParam(required = false) String q,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort) {
        if (q != null && q.length() > 200) {
            throw RuleViolationException.invalid("q", "framework.filter.tooLong");
        }
        var pageable = Paging.of(page, size, sort, FrameworkManagement.SORTABLE, FrameworkManagement.DEFAULT_SORT);
        return PageResponse.of(frameworks.frameworks(q, pageable), f -> f);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Get a framework version", description = "With every imported version of the same urn.")
    FrameworkDetail get(@PathVariable long id) {
        FrameworkSummary framework = frameworks.framework(id).orElseThrow(() -> new RecordNotFoundException("framework", id));
        return new FrameworkDetail(framework, frameworks.versions(framework.urn()).stream()
                .map(v -> new VersionJson(v.id(), v.version(), v.current(), v.importedAt().toString())).toList(),
                frameworks.mappingSets(framework.urn()));
    }

    @GetMapping("/{id}/nodes")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Requirement nodes of a framework version", description = "In tree order (position), paged; "
            + "q searches ref_id, name, description and urn.")
    PageResponse<RequirementNodeSummary> nodes(@PathVariable long id, @RequestParam(required = false) String q,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        if (q != null && q.length() > 200) {
            throw RuleViolationException.invalid("q", "framework.filter.tooLong");
        }
        var pageable = Paging.of(page, size, null, Set.of(), FrameworkManagement.NODE_SORT);
        return PageResponse.of(frameworks.nodes(id, q, pageable), n -> n);
    }

    // no "consumes": a wrong content type must meet the permission check (403) before the 400 for a missing file
    @PostMapping
    @PreAuthorize("hasAuthority('compliance.write')")
    @Operation(summary = "Import a library file", description = "A CISO Assistant library (YAML) with a framework and/or "
            + "requirement mapping sets, in one transaction: a bad file changes nothing (400 with the reason and line); "
            + "a changed file under a version already imported is refused (409). 201 when a framework version, mapping set "
            + "or guideline mapping was added; 200 otherwise (also when translations were added to a version imported "
            + "before Taisei kept them).")
    ResponseEntity<ImportResult> importLibrary(@RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw RuleViolationException.invalid("file", "framework.import.fileRequired");
        }
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = frameworks.importLibrary(file.getOriginalFilename(), file.getSize(), in);
        }
        boolean stored = result.frameworkOutcome() == ImportResult.Outcome.IMPORTED
                || result.frameworkOutcome() == ImportResult.Outcome.NEW_VERSION
                || result.mappingSetsImported() > 0 || result.guidelineMappings() > 0;
        if (!stored) {
            return ResponseEntity.ok(result);
        }
        if (result.frameworkId() != null) {
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                    .buildAndExpand(result.frameworkId()).toUri()).body(result);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    @GetMapping("/{id}/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export a framework version", description = "As a CISO Assistant library file (YAML).")
    ResponseEntity<String> export(@PathVariable long id) {
        return yaml(frameworks.exportFramework(id));
    }

    @GetMapping("/guideline/{catalogId}/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export the guideline catalog as a framework", description = "Sections and items as requirement "
            + "nodes under urn:taisei:risk:framework:<guideline>-<revision>.")
    ResponseEntity<String> exportGuideline(@PathVariable long catalogId) {
        return yaml(frameworks.exportGuideline(new CatalogId(catalogId)));
    }

    @GetMapping("/guideline/{catalogId}/csf-mapping/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export the guideline's CSF mapping", description = "Taisei's unofficial item → NIST CSF 2.0 "
            + "category mapping, as a mapping library against CISO Assistant's urn:intuitem:risk:framework:nist-csf-2.0.")
    ResponseEntity<String> exportGuidelineCsfMapping(@PathVariable long catalogId) {
        return yaml(frameworks.exportGuidelineCsfMapping(new CatalogId(catalogId)));
    }

    @GetMapping("/mapping-sets")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Imported requirement mapping sets", description = "Newest version of each; framework filters "
            + "by source or target framework urn.")
    List<MappingSetSummary> mappingSets(@RequestParam(required = false) String framework) {
        return framework == null || framework.isBlank() ? frameworks.mappingSets()
                : frameworks.mappingSets(framework.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @GetMapping("/mapping-sets/{id}/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export an imported mapping set", description = "As a CISO Assistant library file (YAML) "
            + "under the urn and version of the library it came in.")
    ResponseEntity<String> exportMappingSet(@PathVariable long id) {
        return yaml(frameworks.exportMappingSet(id));
    }

    @GetMapping("/mapping-sets/{id}/mappings")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Mappings of an imported set", description = "Paged, in file order.")
    PageResponse<RequirementMappingSummary> mappings(@PathVariable long id, @RequestParam(required = false) Integer page,
                                                     @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(page, size, null, Set.of(), org.springframework.data.domain.Sort.by("position"));
        return PageResponse.of(frameworks.mappings(id, pageable), m -> m);
    }

    @GetMapping("/guideline-mappings")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Mappings from guideline items", description = "Of one item (catalog and item), or of a whole "
            + "catalog revision to one framework (catalog and framework).")
    List<GuidelineMappingSummary> guidelineMappings(@RequestParam long catalog, @RequestParam(required = false) String item,
                                                    @RequestParam(required = false) String framework) {
        if (item != null && !item.isBlank()) {
            return frameworks.guidelineMappings(new CatalogItemId(new CatalogId(catalog), item.strip()));
        }
        if (framework == null || framework.isBlank()) {
            throw RuleViolationException.invalid("framework", "framework.mapping.itemOrFramework");
        }
        return frameworks.guidelineMappings(new CatalogId(catalog), framework.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @GetMapping("/guideline-mappings/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Export guideline mappings", description = "Taisei's mappings from a catalog revision to a "
            + "framework, as a CISO Assistant requirement mapping set library.")
    ResponseEntity<String> exportGuidelineMappings(@RequestParam long catalog, @RequestParam String framework) {
        return yaml(frameworks.exportGuidelineMappings(new CatalogId(catalog), framework.strip()));
    }

    @GetMapping("/guideline-mappings/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    @Operation(summary = "Get a guideline mapping", description = "The ETag carries the version for If-Match.")
    ResponseEntity<GuidelineMappingSummary> guidelineMapping(@PathVariable long id) {
        GuidelineMappingSummary mapping = frameworks.guidelineMapping(id)
                .orElseThrow(() -> new RecordNotFoundException("guideline mapping", id));
        return ResponseEntity.ok().eTag(ETags.of(mapping.version())).body(mapping);
    }

    @PostMapping("/guideline-mappings")
    @PreAuthorize("hasAuthority('compliance.write')")
    @Operation(summary = "Map a guideline item to a framework requirement", description = "requirement: its urn or "
            + "its ref_id in the framework's current version; relationship: equal, subset, superset, intersect, not_related.")
    ResponseEntity<GuidelineMappingSummary> create(@RequestParam long catalog, @Valid @RequestBody GuidelineMappingDraft draft) {
        GuidelineMappingSummary created = frameworks.createGuidelineMapping(new CatalogId(catalog), draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
                .path("/{id}").buildAndExpand(created.id()).toUri()).eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/guideline-mappings/{id}")
    @PreAuthorize("hasAuthority('compliance.write')")
    @Operation(summary = "Change a guideline mapping", description = "Relationship, rationale, strength and note; "
            + "send If-Match with the ETag read to refuse lost updates.")
    ResponseEntity<GuidelineMappingSummary> update(@PathVariable long id, @Valid @RequestBody GuidelineMappingDraft draft,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        GuidelineMappingSummary updated = frameworks.updateGuidelineMapping(id, draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }

    @DeleteMapping("/guideline-mappings/{id}")
    @PreAuthorize("hasAuthority('compliance.write')")
    @Operation(summary = "Remove a guideline mapping")
    ResponseEntity<Void> delete(@PathVariable long id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        frameworks.deleteGuidelineMapping(id, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    record VersionJson(long id, int version, boolean current, String importedAt) {
    }

    record FrameworkDetail(FrameworkSummary framework, List<VersionJson> versions, List<MappingSetSummary> mappingSets) {
    }

    static ResponseEntity<String> yaml(FrameworkManagement.Export export) {
        return ResponseEntity.ok().contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(export.yaml());
    }
}
