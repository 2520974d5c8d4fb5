package io.taisei.organization.web;

import io.taisei.platform.web.PageSupport;
import io.taisei.organization.LegalEntityDraft;
import io.taisei.organization.LegalEntityFilter;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.LegalEntityKind;
import io.taisei.organization.LegalEntitySummary;
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
import java.util.List;

@Controller
@RequestMapping("/organization/legal-entities")
class LegalEntityController {

    private static final String FORM = "organization/legal-entity-form";

    private final OrganizationManagement organization;

    LegalEntityController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) OrganizationStatus status,
                @RequestParam(required = false) LegalEntityKind kind,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, OrganizationManagement.LEGAL_ENTITY_SORTS,
                OrganizationManagement.DEFAULT_SORT);
        Page<LegalEntitySummary> results = organization.legalEntities(new LegalEntityFilter(q, status, kind), pageable);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("sort", sort);
        model.addAttribute("parents", organization.legalEntitiesById(results.getContent().stream()
                .map(LegalEntitySummary::parentId).filter(java.util.Objects::nonNull).toList()));
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "organization/legal-entities");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization.write')")
    String initCreationForm(Model model) {
        model.addAttribute("form", LegalEntityDraft.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('organization.write')")
    String processCreationForm(@Valid @ModelAttribute("form") LegalEntityDraft form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        return FormSubmission.of(result, redirect).save(() -> organization.createLegalEntity(form),
                "organization.saved", "/organization/legal-entities", () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        LegalEntitySummary entity = organization.legalEntity(new LegalEntityId(id));
        model.addAttribute("form", LegalEntityDraft.of(entity));
        return form(model, entity);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") LegalEntityDraft form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        LegalEntitySummary entity = organization.legalEntity(new LegalEntityId(id));
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> organization.updateLegalEntity(entity.id(), form, version), "organization.saved",
                        "/organization/legal-entities", () -> form(model, entity));
    }

    @PostMapping("/{id}/retire")
    @PreAuthorize("hasAuthority('organization.write')")
    String retire(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retiredOn,
                  RedirectAttributes redirect) {
        return Retirement.retire(() -> organization.retireLegalEntity(new LegalEntityId(id), retiredOn, version),
                "/organization/legal-entities", id, redirect);
    }

    private String form(Model model, LegalEntitySummary entity) {
        model.addAttribute("entity", entity);
        List<LegalEntitySummary> parents = organization.activeLegalEntities().stream()
                .filter(candidate -> entity == null || !candidate.id().equals(entity.id())).toList();
        model.addAttribute("parentChoices", parents);
        model.addAttribute("kinds", LegalEntityKind.values());
        model.addAttribute("today", LocalDate.now());
        return FORM;
    }
}
