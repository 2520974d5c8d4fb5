package io.taisei.asset.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.AssetManagement;
import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.asset.HardwareSoftwareFilter;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.HardwareSoftwareSummary;
import io.taisei.asset.SystemId;
import io.taisei.asset.api.AssetApiResponses.HardwareSoftwareResponse;
import io.taisei.platform.CountLimitedPageResponse;
import io.taisei.platform.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/hardware-software")
@Tag(name = "Hardware and software", description = "Ledger of hardware and software (ハードウェア・ソフトウェア等)")
class HardwareSoftwareApiController {

    private final AssetManagement assets;

    HardwareSoftwareApiController(AssetManagement assets) {
        this.assets = assets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "List hardware and software", description = "Paginated; sort by code, kind, vendor, product, "
            + "productVersion, supportEndsOn or updatedAt (by default code, or supportEndsOn when supportEndsBefore is "
            + "given). Matches are counted up to 1,000 (countLimited says when there are more).")
    CountLimitedPageResponse<HardwareSoftwareResponse> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort,
            @Parameter(description = "text in code, vendor, product, version, CPE or purl")
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) HardwareSoftwareKind kind,
            @Parameter(description = "only what runs in this system") @RequestParam(required = false) Long systemId,
            @Parameter(description = "only what loses support before this day (yyyy-mm-dd)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate supportEndsBefore) {
        var filter = new HardwareSoftwareFilter(q, kind, SystemId.of(systemId), supportEndsBefore);
        var pageable = Paging.of(page, size, filter.sortOrDefault(sort), AssetManagement.HARDWARE_SOFTWARE_SORTS,
                AssetManagement.DEFAULT_SORT);
        return CountLimitedPageResponse.of(assets.listHardwareSoftware(filter, pageable), HardwareSoftwareResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Get a hardware or software record", description = "The ETag carries the version.")
    ResponseEntity<HardwareSoftwareResponse> get(@PathVariable long id) {
        HardwareSoftwareSummary item = assets.hardwareSoftware(new HardwareSoftwareId(id));
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(HardwareSoftwareResponse.of(item));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Register hardware or software", description = "cpe: CPE 2.3 formatted string; purl: package URL.")
    ResponseEntity<HardwareSoftwareResponse> create(@Valid @RequestBody HardwareSoftwareDraft draft) {
        HardwareSoftwareSummary created = assets.createHardwareSoftware(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(HardwareSoftwareResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Change a hardware or software record", description = "Send If-Match with the ETag read.")
    ResponseEntity<HardwareSoftwareResponse> update(@PathVariable long id, @Valid @RequestBody HardwareSoftwareDraft draft,
                                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        HardwareSoftwareSummary updated = assets.updateHardwareSoftware(new HardwareSoftwareId(id), draft,
                ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(HardwareSoftwareResponse.of(updated));
    }
}
