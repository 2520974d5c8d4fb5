package io.taisei.organization.api;

import io.taisei.platform.web.ETags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonFilter;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.OrganizationalRole;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.api.OrganizationApiResponses.PersonResponse;
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
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People of the organization and their responsibilities (人員)")
class PersonApiController {

    private final OrganizationManagement organization;

    PersonApiController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization.read')")
    @Operation(summary = "List people", description = "Paginated; sort by code, name, nameKana, email, jobTitle or status.")
    PageResponse<PersonResponse> list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "property,asc|desc") @RequestParam(required = false) String sort,
            @Parameter(description = "text in code, name, kana, email or user name") @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) OrganizationStatus status,
            @RequestParam(required = false) Long legalEntityId,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) OrganizationalRole role) {
        var pageable = Paging.of(page, size, sort, OrganizationManagement.PERSON_SORTS,
                OrganizationManagement.DEFAULT_SORT);
        return PageResponse.of(organization.people(new PersonFilter(q, status, LegalEntityId.of(legalEntityId), DepartmentId.of(departmentId), role), pageable),
                PersonResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization.read')")
    @Operation(summary = "Get a person", description = "The ETag carries the version for If-Match on changes.")
    ResponseEntity<PersonResponse> get(@PathVariable long id) {
        PersonSummary entity = organization.person(new PersonId(id));
        return ResponseEntity.ok().eTag(ETags.of(entity.version())).body(PersonResponse.of(entity));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Create a person")
    ResponseEntity<PersonResponse> create(@Valid @RequestBody PersonDraft draft) {
        PersonSummary created = organization.createPerson(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(created.id().value()).toUri())
                .eTag(ETags.of(created.version())).body(PersonResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Change a person", description = "Send If-Match with the ETag read to refuse lost updates.")
    ResponseEntity<PersonResponse> update(@PathVariable long id, @Valid @RequestBody PersonDraft draft,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PersonSummary updated = organization.updatePerson(new PersonId(id), draft, ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(PersonResponse.of(updated));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('organization.write')")
    @Operation(summary = "Retire a person", description = "For someone who has left.")
    ResponseEntity<PersonResponse> retire(@PathVariable long id, @RequestBody(required = false) RetireRequest request,
                                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        PersonSummary retired = organization.retirePerson(new PersonId(id),
                request == null ? null : request.retiredOn(), ETags.versionFromIfMatch(ifMatch));
        return ResponseEntity.ok().eTag(ETags.of(retired.version())).body(PersonResponse.of(retired));
    }
}
