package io.taisei.asset.web;

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
import io.taisei.asset.sbom.SbomManagement;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.LegalEntityId;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.Paging;
import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
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

import java.util.HashSet;
import java.util.Set;

@Controller
@RequestMapping("/assets/systems")
class SystemController {

    private static final String FORM = "asset/system-form";

    private final AssetManagement assets;
    private final OrganizationChoices choices;
    private final SbomManagement sboms;
    private final SystemChoices systemChoices;

    SystemController(AssetManagement assets, OrganizationChoices choices, SbomManagement sboms,
                     SystemChoices systemChoices) {
        this.assets = assets;
        this.choices = choices;
        this.sboms = sboms;
        this.systemChoices = systemChoices;
    }

    /** The options of the system filter field's datalist: a few systems whose code or name contains the text. */
    @GetMapping("/suggestions")
    @PreAuthorize("hasAuthority('asset.read')")
    String suggestions(@RequestParam(required = false) @Size(max = 200) String system, Model model) {
        model.addAttribute("suggestions", systemChoices.matching(system));
        return "asset/fragments :: systemSuggestions";
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) SystemKind kind,
                @RequestParam(required = false) LifecycleStatus lifecycle,
                @RequestParam(required = false) Importance importance,
                @RequestParam(required = false) ProtectionPriority protectionPriority,
                @RequestParam(required = false) Environment environment,
                @RequestParam(required = false) Long legalEntityId,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, AssetManagement.SYSTEM_SORTS, AssetManagement.DEFAULT_SORT);
        Page<SystemSummary> results = assets.listSystems(new SystemFilter(q, kind, lifecycle, importance,
                protectionPriority, environment, null, LegalEntityId.of(legalEntityId), null), pageable);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("lifecycle", lifecycle);
        model.addAttribute("importance", importance);
        model.addAttribute("protectionPriority", protectionPriority);
        model.addAttribute("environment", environment);
        model.addAttribute("legalEntityId", legalEntityId);
        model.addAttribute("sort", sort);
        model.addAttribute("legalEntityChoices", choices.legalEntities());
        Set<DepartmentId> departments = new HashSet<>();
        results.forEach(s -> departments.add(s.departmentId()));
        model.addAttribute("departments", choices.organization().departmentsById(departments));
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "asset/systems");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    String show(@PathVariable long id, Model model) {
        SystemSummary system = assets.system(new SystemId(id));
        OrganizationManagement organization = choices.organization();
        model.addAttribute("system", system);
        model.addAttribute("legalEntity", organization.findLegalEntity(system.legalEntityId()).orElse(null));
        model.addAttribute("department", organization.findDepartment(system.departmentId()).orElse(null));
        model.addAttribute("owner", system.ownerId() == null ? null : organization.findPerson(system.ownerId()).orElse(null));
        model.addAttribute("hardwareSoftware", assets.hardwareSoftwareOf(system.id()));
        model.addAttribute("data", assets.dataOf(system.id()));
        var connections = assets.connectionsOf(system.id());
        model.addAttribute("connections", connections);
        java.util.Set<SystemId> ends = new java.util.HashSet<>();
        connections.forEach(c -> {
            ends.add(c.fromSystemId());
            if (c.toSystemId() != null) {
                ends.add(c.toSystemId());
            }
        });
        model.addAttribute("systemsById", ConnectionController.byId(assets.systemsById(ends)));
        SbomController.addSection(model, sboms, system.id());
        return "asset/system";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(Model model) {
        model.addAttribute("form", SystemDraft.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@Valid @ModelAttribute("form") SystemDraft form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        return FormSubmission.of(result, redirect).create(() -> assets.createSystem(form), "asset.saved",
                created -> "/assets/systems/" + created.id().value(), () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        SystemSummary system = assets.system(new SystemId(id));
        model.addAttribute("form", SystemDraft.of(system));
        return form(model, system);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") SystemDraft form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        SystemSummary system = assets.system(new SystemId(id));
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> assets.updateSystem(system.id(), form, version), "asset.saved", "/assets/systems/" + id,
                        () -> form(model, system));
    }

    private String form(Model model, SystemSummary system) {
        model.addAttribute("entity", system);
        choices.addForForm(model);
        return FORM;
    }
}
