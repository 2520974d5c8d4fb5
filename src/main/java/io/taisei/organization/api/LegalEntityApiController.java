package io.taisei.organization.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LegalEntitySummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.api.OrganizationApiResponses.LegalEntityResponse;
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
@RequestMapping("/api/v1/legal-entities")
@Tag(name = "Legal entities", description = "The institution, its group companies and overseas branches (法人)")
class LegalEntityApiController {

    private final OrganizationManagement organization;

    LegalEntityApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization.read')")
    @Operation(summary = "List legal entities", description = "Paginated; sort by code, name, nameEn, kind, country or status.")
    PageResponse<LegalEntityResponse> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort,
            @Parameter(description = "text in code or names") @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) LegalEntityKind kind) {
        var pageable = Paging.of(page, size, sort, OrganizationManagement.LEGAL_ENTITY_SORTS,
                OrganizationManagement.DEFAULT_SORT);
        return PageResponse.of(organization.legalEntities(new LegalEntityFilter(q, status, kind), pageable),
                LegalEntityResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization.read')")
    @Operation(summary = "Get a legal entity", description = "The ETag carries the version for If-Match on changes.")
    ResponseEntity<LegalEntityResponse> get(@PathVariable long id) {
        LegalEntitySummary entity = organization.legalEntity(new LegalEntityId(id));
        return ResponseEntity.ok().eTag(ETags.of(entity.version())).body(LegalEntityResponse.of(entity));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Create a legal entity")
    ResponseEntity<LegalEntityResponse> create(@Valid @RequestBody LegalEntityDraft draft) {
        LegalEntitySummary created = organization.createLegalEntity(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(LegalEntityResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Change a legal entity", description = "Send If-Match with the ETag read to refuse lost updates.")
    ResponseEntity<LegalEntityResponse> update(@PathVariable long id, @Valid @RequestBody LegalEntityDraft draft,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LegalEntitySummary updated = organization.updateLegalEntity(new LegalEntityId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(LegalEntityResponse.of(updated));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Retire a legal entity", description = "Refused while it has active departments or subsidiaries.")
    ResponseEntity<LegalEntityResponse> retire(@PathVariable long id, @RequestBody(required = false) RetireRequest request,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        LegalEntitySummary retired = organization.retireLegalEntity(new LegalEntityId(id),
                request == null ? null : request.retiredOn(), ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(retired.version())).body(LegalEntityResponse.of(retired));
    }
}
