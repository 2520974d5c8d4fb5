package io.taisei.organization.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.api.OrganizationApiResponses.DepartmentResponse;
import io.taisei.organization.api.OrganizationApiResponses.RetireRequest;
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
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments", description = "Departments of the legal entities, with their line of defence (部署)")
class DepartmentApiController {

    private final OrganizationManagement organization;

    DepartmentApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization.read')")
    @Operation(summary = "List departments", description = "Paginated; sort by code, name, nameEn, lineOfDefence or status.")
    PageResponse<DepartmentResponse> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort,
            @Parameter(description = "text in code or names") @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) Long legalEntityId,
            @RequestParam(required = false) LineOfDefence lineOfDefence) {
        var pageable = Paging.of(page, size, sort, OrganizationManagement.DEPARTMENT_SORTS,
                OrganizationManagement.DEFAULT_SORT);
        return PageResponse.of(organization.departments(new DepartmentFilter(q, status, LegalEntityId.of(legalEntityId), lineOfDefence), pageable),
                DepartmentResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization.read')")
    @Operation(summary = "Get a department", description = "The ETag carries the version for If-Match on changes.")
    ResponseEntity<DepartmentResponse> get(@PathVariable long id) {
        DepartmentSummary entity = organization.department(new DepartmentId(id));
        return ResponseEntity.ok().eTag(ETags.of(entity.version())).body(DepartmentResponse.of(entity));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Create a department")
    ResponseEntity<DepartmentResponse> create(@Valid @RequestBody DepartmentDraft draft) {
        DepartmentSummary created = organization.createDepartment(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(DepartmentResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Change a department", description = "Send If-Match with the ETag read to refuse lost updates.")
    ResponseEntity<DepartmentResponse> update(@PathVariable long id, @Valid @RequestBody DepartmentDraft draft,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DepartmentSummary updated = organization.updateDepartment(new DepartmentId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(DepartmentResponse.of(updated));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Retire a department", description = "Refused while it has active sub-departments or people.")
    ResponseEntity<DepartmentResponse> retire(@PathVariable long id, @RequestBody(required = false) RetireRequest request,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        DepartmentSummary retired = organization.retireDepartment(new DepartmentId(id),
                request == null ? null : request.retiredOn(), ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(retired.version())).body(DepartmentResponse.of(retired));
    }
}
