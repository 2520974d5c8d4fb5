package io.taisei.organization.web;

import io.taisei.platform.web.PageSupport;
import io.taisei.organization.DepartmentDraft;
import io.taisei.organization.DepartmentFilter;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.DepartmentSummary;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LineOfDefence;
import io.taisei.organization.OrganizationManagement;
import io.taisei.organization.OrganizationStatus;
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
import java.util.HashSet;
import java.util.Set;

@Controller
@RequestMapping("/organization/departments")
class DepartmentController {

    private static final String FORM = "organization/department-form";

    private final OrganizationManagement organization;

    DepartmentController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) OrganizationStatus status,
                @RequestParam(required = false) Long legalEntityId,
                @RequestParam(required = false) LineOfDefence lineOfDefence,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, OrganizationManagement.DEPARTMENT_SORTS,
                OrganizationManagement.DEFAULT_SORT);
        Page<DepartmentSummary> results = organization.departments(
                new DepartmentFilter(q, status, LegalEntityId.of(legalEntityId), lineOfDefence), pageable);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("legalEntityId", legalEntityId);
        model.addAttribute("lineOfDefence", lineOfDefence);
        model.addAttribute("sort", sort);
        model.addAttribute("legalEntityChoices", organization.activeLegalEntities());
        Set<LegalEntityId> legalEntities = new HashSet<>();
        Set<DepartmentId> parents = new HashSet<>();
        results.forEach(d -> {
            legalEntities.add(d.legalEntityId());
            if (d.parentId() != null) {
                parents.add(d.parentId());
            }
        });
        model.addAttribute("legalEntities", organization.legalEntitiesById(legalEntities));
        model.addAttribute("parents", organization.departmentsById(parents));
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "organization/departments");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization.write')")
    String initCreationForm(@RequestParam(required = false) Long legalEntityId, Model model) {
        DepartmentDraft empty = DepartmentDraft.empty();
        model.addAttribute("form", new DepartmentDraft(null, null, null, legalEntityId, null, empty.lineOfDefence()));
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('organization.write')")
    String processCreationForm(@Valid @ModelAttribute("form") DepartmentDraft form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        return FormSubmission.of(result, redirect).save(() -> organization.createDepartment(form),
                "organization.saved", "/organization/departments", () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        DepartmentSummary department = organization.department(new DepartmentId(id));
        model.addAttribute("form", DepartmentDraft.of(department));
        return form(model, department);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") DepartmentDraft form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        DepartmentSummary department = organization.department(new DepartmentId(id));
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> organization.updateDepartment(department.id(), form, version), "organization.saved",
                        "/organization/departments", () -> form(model, department));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('organization.write')")
    String retire(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retiredOn,
                  RedirectAttributes redirect) {
        return Retirement.retire(() -> organization.retireDepartment(new DepartmentId(id), retiredOn, version),
                "/organization/departments", id, redirect);
    }

    private String form(Model model, DepartmentSummary department) {
        model.addAttribute("entity", department);
        model.addAttribute("legalEntityChoices", organization.activeLegalEntities());
        model.addAttribute("parentChoices", organization.activeDepartments().stream()
                .filter(candidate -> department == null || !candidate.id().equals(department.id())).toList());
        model.addAttribute("lines", LineOfDefence.values());
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
