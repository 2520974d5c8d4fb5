package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.*;
import io.taisei.platform.CountLimitedPageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import io.taisei.asset.api.AssetApiResponses.DataResponse;

@RestController
@RequestMapping("/api/v1/data")
@Tag(name = "Data", description = "Ledger of information (data): category, classification, where stored and processed (情報(データ))")
class DataApiController {

    private final AssetManagement assets;

    DataApiController(AssetManagement assets) {
        this.assets = assets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List data records", description = "Paginated; sort by code, name, category, classification "
            + "or updatedAt. Matches are counted up to 1,000 (countLimited says when there are more).")
    CountLimitedPageResponse<DataResponse> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort,
                                    @RequestParam(required = false) @Size(max = 200) String q,
                                    @RequestParam(required = false) DataCategory category,
                                    @RequestParam(required = false) Classification classification,
                                    @Parameter(description = "stored or processed in this system")
                                    @RequestParam(required = false) Long systemId) {
        var pageable = Paging.of(page, size, sort, AssetManagement.DATA_SORTS, AssetManagement.DEFAULT_SORT);
        var filter = new DataAssetFilter(q, category, classification, SystemId.of(systemId));
        return CountLimitedPageResponse.of(assets.listData(filter, pageable), DataResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get a data record")
    ResponseEntity<DataResponse> get(@PathVariable long id) {
        DataAssetSummary d = assets.data(new DataAssetId(id));
        return ResponseEntity.ok().eTag(ETags.of(d.version())).body(DataResponse.of(d));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Register a data record")
    ResponseEntity<DataResponse> create(@Valid @RequestBody DataAssetDraft draft) {
        DataAssetSummary created = assets.createData(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(DataResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Change a data record", description = "Send If-Match with the ETag read.")
    ResponseEntity<DataResponse> update(@PathVariable long id, @Valid @RequestBody DataAssetDraft draft,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DataAssetSummary updated = assets.updateData(new DataAssetId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(DataResponse.of(updated));
    }
}
