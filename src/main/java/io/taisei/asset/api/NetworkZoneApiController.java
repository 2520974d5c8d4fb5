package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.*;
import io.taisei.platform.PageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import io.taisei.asset.api.AssetApiResponses.ZoneResponse;

@RestController
@RequestMapping("/api/v1/network-zones")
@Tag(name = "Network zones", description = "Network zones and segments (ネットワーク)")
class NetworkZoneApiController {

    private final AssetManagement assets;

    NetworkZoneApiController(AssetManagement assets) {
        this.assets = assets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List network zones", description = "Paginated; sort by code, name or kind.")
    PageResponse<ZoneResponse> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(required = false) @Size(max = 200) String q) {
        var pageable = Paging.of(page, size, sort, AssetManagement.ZONE_SORTS, AssetManagement.DEFAULT_SORT);
        return PageResponse.of(assets.zones(q, pageable), ZoneResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get a network zone")
    ResponseEntity<ZoneResponse> get(@PathVariable long id) {
        NetworkZoneSummary z = assets.zone(new NetworkZoneId(id));
        return ResponseEntity.ok().eTag(ETags.of(z.version())).body(ZoneResponse.of(z));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Register a network zone")
    ResponseEntity<ZoneResponse> create(@Valid @RequestBody NetworkZoneDraft draft) {
        NetworkZoneSummary created = assets.createZone(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(ZoneResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Change a network zone")
    ResponseEntity<ZoneResponse> update(@PathVariable long id, @Valid @RequestBody NetworkZoneDraft draft,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        NetworkZoneSummary updated = assets.updateZone(new NetworkZoneId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(ZoneResponse.of(updated));
    }
}
