package io.taisei.asset.web;

import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import io.taisei.asset.*;
import io.taisei.platform.Paging;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/assets/data")
class DataController {

    private static final String FORM = "asset/data-form";

    private final AssetManagement assets;
    private final OrganizationChoices choices;
    private final SystemChoices systems;
    private final SystemPicker picker;

    DataController(AssetManagement assets, OrganizationChoices choices, SystemChoices systems, SystemPicker picker) {
        this.assets = assets;
        this.choices = choices;
        this.systems = systems;
        this.picker = picker;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) DataCategory category,
                @RequestParam(required = false) Classification classification,
                @RequestParam(required = false) Long systemId,
                @RequestParam(required = false) @Size(max = 40) String system,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, AssetManagement.DATA_SORTS, AssetManagement.DEFAULT_SORT);
        SystemChoices.Filter systemFilter = systems.filter(systemId, system);
        Page<DataAssetSummary> results = systemFilter.unknown() ? Page.empty(pageable)
                : assets.listData(new DataAssetFilter(q, category, classification, systemFilter.id()), pageable);
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("classification", classification);
        model.addAttribute("systemFilter", systemFilter);
        model.addAttribute("sort", sort);
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "asset/data");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    String show(@PathVariable long id, Model model) {
        DataAssetSummary data = assets.data(new DataAssetId(id));
        model.addAttribute("data", data);
        model.addAttribute("owner", data.ownerId() == null ? null
                : choices.organization().findPerson(data.ownerId()).orElse(null));
        model.addAttribute("storedIn", assets.systemsById(data.storedIn()));
        model.addAttribute("processedIn", assets.systemsById(data.processedIn()));
        return "asset/data-detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(Model model) {
        DataAssetDraft form = DataAssetDraft.empty();
        model.addAttribute("form", form);
        return form(model, null, form, null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@ModelAttribute("form") DataAssetDraft posted, BindingResult result,
                               @RequestParam(required = false) String storedInIdsCodes,
                               @RequestParam(required = false) String processedInIdsCodes, Model model,
                               RedirectAttributes redirect) {
        SystemPicker.Picked storedIn = picker.many(posted.storedInIds(), storedInIdsCodes, "storedInIds", result);
        SystemPicker.Picked processedIn = picker.many(posted.processedInIds(), processedInIdsCodes, "processedInIds",
                result);
        DataAssetDraft form = posted.withSystems(storedIn.ids(), processedIn.ids());
        picker.validate(form, result);
        return FormSubmission.of(result, redirect).create(() -> assets.createData(form), "asset.saved",
                created -> "/assets/data/" + created.id().value(),
                () -> form(model, null, form, storedIn.unknown(), processedIn.unknown()));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        DataAssetSummary data = assets.data(new DataAssetId(id));
        DataAssetDraft form = DataAssetDraft.of(data);
        model.addAttribute("form", form);
        return form(model, data, form, null, null);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @ModelAttribute("form") DataAssetDraft posted, BindingResult result,
                             @RequestParam(required = false) String storedInIdsCodes,
                             @RequestParam(required = false) String processedInIdsCodes, Model model,
                             RedirectAttributes redirect) {
        DataAssetSummary data = assets.data(new DataAssetId(id));
        SystemPicker.Picked storedIn = picker.many(posted.storedInIds(), storedInIdsCodes, "storedInIds", result);
        SystemPicker.Picked processedIn = picker.many(posted.processedInIds(), processedInIdsCodes, "processedInIds",
                result);
        DataAssetDraft form = posted.withSystems(storedIn.ids(), processedIn.ids());
        picker.validate(form, result);
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> assets.updateData(data.id(), form, version), "asset.saved", "/assets/data/" + id,
                        () -> form(model, data, form, storedIn.unknown(), processedIn.unknown()));
    }

    /** The typed codes are those that name no system, shown again in their fields. */
    private String form(Model model, DataAssetSummary data, DataAssetDraft form, String storedInTyped,
                        String processedInTyped) {
        model.addAttribute("entity", data);
        model.addAttribute("personChoices", choices.people());
        model.addAttribute("storedInIdsChosen", picker.chosen(form.storedInIds()));
        model.addAttribute("storedInIdsTyped", storedInTyped);
        model.addAttribute("processedInIdsChosen", picker.chosen(form.processedInIds()));
        model.addAttribute("processedInIdsTyped", processedInTyped);
        return FORM;
    }
}
