package io.taisei.asset.web;

import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import io.taisei.asset.AssetManagement;
import io.taisei.asset.HardwareSoftwareDraft;
import io.taisei.asset.HardwareSoftwareFilter;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.HardwareSoftwareKind;
import io.taisei.asset.HardwareSoftwareSummary;
import io.taisei.platform.Paging;
import jakarta.servlet.http.HttpServletRequest;
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

@Controller
@RequestMapping("/assets/hardware-software")
class HardwareSoftwareController {

    private static final String FORM = "asset/hardware-software-form";

    private final AssetManagement assets;
    private final OrganizationChoices choices;
    private final SystemChoices systems;
    private final SystemPicker picker;

    HardwareSoftwareController(AssetManagement assets, OrganizationChoices choices, SystemChoices systems,
                               SystemPicker picker) {
        this.assets = assets;
        this.choices = choices;
        this.systems = systems;
        this.picker = picker;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) HardwareSoftwareKind kind,
                @RequestParam(required = false) Long systemId,
                @RequestParam(required = false) @Size(max = 40) String system,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate supportEndsBefore,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        SystemChoices.Filter systemFilter = systems.filter(systemId, system);
        var filter = new HardwareSoftwareFilter(q, kind, systemFilter.id(), supportEndsBefore);
        sort = filter.sortOrDefault(sort);
        var pageable = Paging.of(page, null, sort, AssetManagement.HARDWARE_SOFTWARE_SORTS, AssetManagement.DEFAULT_SORT);
        Page<HardwareSoftwareSummary> results = systemFilter.unknown() ? Page.empty(pageable)
                : assets.listHardwareSoftware(filter, pageable);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("systemFilter", systemFilter);
        model.addAttribute("supportEndsBefore", supportEndsBefore);
        model.addAttribute("sort", sort);
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "asset/hardware-software");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    String show(@PathVariable long id, Model model) {
        HardwareSoftwareSummary item = assets.hardwareSoftware(new HardwareSoftwareId(id));
        model.addAttribute("item", item);
        model.addAttribute("owner", item.ownerId() == null ? null
                : choices.organization().findPerson(item.ownerId()).orElse(null));
        model.addAttribute("systems", assets.systemsById(item.systemIds()));
        return "asset/hardware-software-detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(@RequestParam(required = false) Long systemId, Model model) {
        HardwareSoftwareDraft empty = HardwareSoftwareDraft.empty();
        HardwareSoftwareDraft form = systemId == null ? empty : empty.withSystemIds(java.util.Set.of(systemId));
        model.addAttribute("form", form);
        return form(model, null, form, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@ModelAttribute("form") HardwareSoftwareDraft posted, BindingResult result,
                               @RequestParam(required = false) String systemIdsCodes, Model model,
                               RedirectAttributes redirect) {
        SystemPicker.Picked systemIds = picker.many(posted.systemIds(), systemIdsCodes, "systemIds", result);
        HardwareSoftwareDraft form = posted.withSystemIds(systemIds.ids());
        picker.validate(form, result);
        return FormSubmission.of(result, redirect).create(() -> assets.createHardwareSoftware(form), "asset.saved",
                created -> "/assets/hardware-software/" + created.id().value(),
                () -> form(model, null, form, systemIds.unknown()));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        HardwareSoftwareSummary item = assets.hardwareSoftware(new HardwareSoftwareId(id));
        HardwareSoftwareDraft form = HardwareSoftwareDraft.of(item);
        model.addAttribute("form", form);
        return form(model, item, form, null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @ModelAttribute("form") HardwareSoftwareDraft posted, BindingResult result,
                             @RequestParam(required = false) String systemIdsCodes, Model model,
                             RedirectAttributes redirect) {
        HardwareSoftwareSummary item = assets.hardwareSoftware(new HardwareSoftwareId(id));
        SystemPicker.Picked systemIds = picker.many(posted.systemIds(), systemIdsCodes, "systemIds", result);
        HardwareSoftwareDraft form = posted.withSystemIds(systemIds.ids());
        picker.validate(form, result);
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> assets.updateHardwareSoftware(item.id(), form, version), "asset.saved",
                        "/assets/hardware-software/" + id, () -> form(model, item, form, systemIds.unknown()));
    }

    /** @param typedCodes system codes typed that name no system, shown again in the systems field */
    private String form(Model model, HardwareSoftwareSummary item, HardwareSoftwareDraft form, String typedCodes) {
        model.addAttribute("entity", item);
        model.addAttribute("personChoices", choices.people());
        model.addAttribute("systemIdsChosen", picker.chosen(form.systemIds()));
        model.addAttribute("systemIdsTyped", typedCodes);
        return FORM;
    }
}
