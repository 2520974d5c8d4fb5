package io.taisei.organization.web;

import io.taisei.platform.web.PageSupport;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.OrganizationStatus;
import io.taisei.organization.OrganizationalRole;
import io.taisei.organization.PersonDraft;
import io.taisei.organization.PersonFilter;
import io.taisei.organization.PersonId;
import io.taisei.organization.PersonSummary;
import io.taisei.platform.Paging;
import io.taisei.platform.web.FormSubmission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/organization/people")
class PersonController {

    private static final String FORM = "organization/person-form";

    private final OrganizationManagement organization;

    PersonController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) OrganizationStatus status,
                @RequestParam(required = false) Long legalEntityId,
                @RequestParam(required = false) Long departmentId,
                @RequestParam(required = false) OrganizationalRole role,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, OrganizationManagement.PERSON_SORTS, OrganizationManagement.DEFAULT_SORT);
        Page<PersonSummary> results = organization.people(new PersonFilter(q, status, LegalEntityId.of(legalEntityId),
                DepartmentId.of(departmentId), role), pageable);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("legalEntityId", legalEntityId);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("role", role);
        model.addAttribute("sort", sort);
        model.addAttribute("legalEntityChoices", organization.activeLegalEntities());
        model.addAttribute("departmentChoices", organization.activeDepartments());
        model.addAttribute("roles", OrganizationalRole.values());
        Set<DepartmentId> departments = results.stream().map(PersonSummary::departmentId).collect(Collectors.toSet());
        model.addAttribute("departments", organization.departmentsById(departments));
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "organization/people");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization.write')")
    String initCreationForm(Model model) {
        model.addAttribute("form", PersonDraft.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('organization.write')")
    String processCreationForm(@Valid @ModelAttribute("form") PersonDraft form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        return FormSubmission.of(result, redirect).save(() -> organization.createPerson(form),
                "organization.saved", "/organization/people", () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        PersonSummary person = organization.person(new PersonId(id));
        model.addAttribute("form", PersonDraft.of(person));
        return form(model, person);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") PersonDraft form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        PersonSummary person = organization.person(new PersonId(id));
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> organization.updatePerson(person.id(), form, version), "organization.saved",
                        "/organization/people", () -> form(model, person));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('organization.write')")
    String retire(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retiredOn,
                  RedirectAttributes redirect) {
        return Retirement.retire(() -> organization.retirePerson(new PersonId(id), retiredOn, version),
                "/organization/people", id, redirect);
    }

    private String form(Model model, PersonSummary person) {
        model.addAttribute("entity", person);
        model.addAttribute("departmentChoices", organization.activeDepartments());
        model.addAttribute("roles", OrganizationalRole.values());
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
