package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.UnmanagedAssetDraft;
import io.taisei.asset.UnmanagedAssetFilter;
import io.taisei.asset.UnmanagedAssetId;
import io.taisei.asset.UnmanagedAssetKind;
import io.taisei.asset.UnmanagedAssetManagement;
import io.taisei.asset.UnmanagedAssetStatus;
import io.taisei.asset.UnmanagedAssetSummary;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/unmanaged-assets")
@Tag(name = "Unmanaged assets", description = "Shadow IT: devices and cloud services found outside the ledgers "
        + "(2.2.1.2(d))")
class UnmanagedAssetApiController {

    private final UnmanagedAssetManagement unmanaged;

    UnmanagedAssetApiController(UnmanagedAssetManagement unmanaged) {
        this.unmanaged = unmanaged;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List unmanaged assets", description = "Newest discovery first; sort by discoveredOn, name, "
            + "kind, followUpDueOn or updatedAt.")
    PageResponse<UnmanagedAssetSummary> list(@RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @Parameter(description = "property,asc|desc")
                                             @RequestParam(required = false) String sort,
                                             @RequestParam(required = false) @Size(max = 200) String q,
                                             @RequestParam(required = false) UnmanagedAssetKind kind,
                                             @RequestParam(required = false) UnmanagedAssetStatus status,
                                             @RequestParam(required = false) Long departmentId) {
        var pageable = Paging.of(page, size, sort, UnmanagedAssetManagement.SORTS, UnmanagedAssetManagement.DEFAULT_SORT);
        return PageResponse.of(unmanaged.unmanagedAssets(new UnmanagedAssetFilter(q, kind, status, departmentId),
                pageable), a -> a);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get an unmanaged asset", description = "The ETag carries the version.")
    ResponseEntity<UnmanagedAssetSummary> get(@PathVariable long id) {
        UnmanagedAssetSummary asset = unmanaged.unmanagedAsset(new UnmanagedAssetId(id));
        return ResponseEntity.ok().eTag(ETags.of(asset.version())).body(asset);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Record an unmanaged asset")
    ResponseEntity<UnmanagedAssetSummary> create(@Valid @RequestBody UnmanagedAssetDraft draft) {
        UnmanagedAssetSummary created = unmanaged.create(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Change an unmanaged asset: decision and follow-up",
            description = "Send If-Match with the ETag read. Closing the follow-up of an asset brought under "
                    + "management needs the ledger record it became (hardwareSoftwareId or systemId).")
    ResponseEntity<UnmanagedAssetSummary> update(@PathVariable long id, @Valid @RequestBody UnmanagedAssetDraft draft,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch) {
        UnmanagedAssetSummary updated = unmanaged.update(new UnmanagedAssetId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
    }
}
