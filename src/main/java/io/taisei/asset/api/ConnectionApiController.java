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
import io.taisei.asset.api.AssetApiResponses.ConnectionResponse;

@RestController
@RequestMapping("/api/v1/connections")
@Tag(name = "Connections", description = "Connections between systems and to external parties, with direction and data (接続)")
class ConnectionApiController {

    private final AssetManagement assets;

    ConnectionApiController(AssetManagement assets) {
        this.assets = assets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List connections", description = "Paginated; sort by code, kind, direction, counterparty or updatedAt.")
    PageResponse<ConnectionResponse> list(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size,
                                          @RequestParam(required = false) String sort,
                                          @RequestParam(required = false) @Size(max = 200) String q,
                                          @RequestParam(required = false) ConnectionKind kind,
                                          @Parameter(description = "either end is this system")
                                          @RequestParam(required = false) Long systemId,
                                          @RequestParam(required = false) DataCategory dataCategory,
                                          @RequestParam(required = false) Long zoneId) {
        var pageable = Paging.of(page, size, sort, AssetManagement.CONNECTION_SORTS, AssetManagement.DEFAULT_SORT);
        var filter = new ConnectionFilter(q, kind, SystemId.of(systemId), dataCategory, NetworkZoneId.of(zoneId));
        return PageResponse.of(assets.connections(filter, pageable), ConnectionResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get a connection")
    ResponseEntity<ConnectionResponse> get(@PathVariable long id) {
        ConnectionSummary c = assets.connection(new ConnectionId(id));
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(ConnectionResponse.of(c));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Register a connection", description = "kind SYSTEM needs toSystemId; other kinds name the counterparty.")
    ResponseEntity<ConnectionResponse> create(@Valid @RequestBody ConnectionDraft draft) {
        ConnectionSummary created = assets.createConnection(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(ConnectionResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Change a connection")
    ResponseEntity<ConnectionResponse> update(@PathVariable long id, @Valid @RequestBody ConnectionDraft draft,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ConnectionSummary updated = assets.updateConnection(new ConnectionId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(ConnectionResponse.of(updated));
    }
}
