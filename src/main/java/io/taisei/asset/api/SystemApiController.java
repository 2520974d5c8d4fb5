package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.AssetManagement;
import io.taisei.asset.Environment;
import io.taisei.asset.Importance;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.ProtectionPriority;
import io.taisei.asset.SystemDraft;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemId;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;
import io.taisei.asset.api.AssetApiResponses.SystemResponse;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.platform.CountLimitedPageResponse;
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
@RequestMapping("/api/v1/systems")
@Tag(name = "Systems", description = "Ledger of information systems and external system services (情報システム・外部システムサービス)")
class SystemApiController {

    private final AssetManagement assets;

    SystemApiController(AssetManagement assets) {
        this.assets = assets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List systems", description = "Paginated; sort by code, name, kind, lifecycle, importance, "
            + "protectionPriority, environment, provider or updatedAt. Matches are counted up to 1,000 (countLimited "
            + "says when there are more).")
    CountLimitedPageResponse<SystemResponse> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort,
            @Parameter(description = "text in code, name or provider") @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) SystemKind kind,
            @RequestParam(required = false) LifecycleStatus lifecycle,
            @RequestParam(required = false) Importance importance,
            @RequestParam(required = false) ProtectionPriority protectionPriority,
            @RequestParam(required = false) Environment environment,
            @RequestParam(required = false) Boolean internetExposed,
            @RequestParam(required = false) Long legalEntityId,
            @RequestParam(required = false) Long departmentId) {
        var pageable = Paging.of(page, size, sort, AssetManagement.SYSTEM_SORTS, AssetManagement.DEFAULT_SORT);
        var filter = new SystemFilter(q, kind, lifecycle, importance, protectionPriority, environment, internetExposed,
                LegalEntityId.of(legalEntityId), DepartmentId.of(departmentId));
        return CountLimitedPageResponse.of(assets.listSystems(filter, pageable), SystemResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get a system", description = "The ETag carries the version for If-Match on changes.")
    ResponseEntity<SystemResponse> get(@PathVariable long id) {
        SystemSummary system = assets.system(new SystemId(id));
        return ResponseEntity.ok().eTag(ETags.of(system.version())).body(SystemResponse.of(system));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Register a system or external service", description = "The protection priority is derived.")
    ResponseEntity<SystemResponse> create(@Valid @RequestBody SystemDraft draft) {
        SystemSummary created = assets.createSystem(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(SystemResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Change a system", description = "Send If-Match with the ETag read to refuse lost updates.")
    ResponseEntity<SystemResponse> update(@PathVariable long id, @Valid @RequestBody SystemDraft draft,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        SystemSummary updated = assets.updateSystem(new SystemId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(SystemResponse.of(updated));
    }
}
