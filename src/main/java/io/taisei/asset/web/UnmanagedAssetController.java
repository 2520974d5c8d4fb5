package io.taisei.asset.web;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.HardwareSoftwareSummary;
import io.taisei.asset.SystemId;
import io.taisei.asset.UnmanagedAssetDraft;
import io.taisei.asset.UnmanagedAssetFilter;
import io.taisei.asset.UnmanagedAssetId;
import io.taisei.asset.UnmanagedAssetKind;
import io.taisei.asset.UnmanagedAssetManagement;
import io.taisei.asset.UnmanagedAssetStatus;
import io.taisei.asset.UnmanagedAssetSummary;
import io.taisei.asset.EndOfSupportManagement;
import io.taisei.organization.DepartmentId;
import io.taisei.organization.PersonId;
import io.taisei.platform.Paging;
import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

/**
 * Unmanaged assets and shadow IT (2.2.1.2(d)). The hardware/software record a device is linked to is entered by its
 * code (the ledger is too long for a select), and so is the system a cloud service is linked to (see
 * {@link SystemPicker}).
 */
@Controller
@RequestMapping("/assets/unmanaged")
class UnmanagedAssetController {

    private static final String FORM = "asset/unmanaged-form";

    private final UnmanagedAssetManagement unmanaged;
    private final AssetManagement assets;
    private final OrganizationChoices choices;
    private final SystemPicker systems;
    private final EndOfSupportManagement calendar;

    UnmanagedAssetController(UnmanagedAssetManagement unmanaged, AssetManagement assets, OrganizationChoices choices,
                             SystemPicker systems, EndOfSupportManagement calendar) {
        this.unmanaged = unmanaged;
        this.assets = assets;
        this.choices = choices;
        this.systems = systems;
        this.calendar = calendar;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) UnmanagedAssetKind kind,
                @RequestParam(required = false) UnmanagedAssetStatus status,
                @RequestParam(required = false) Long departmentId,
                @RequestParam(required = false) Integer page,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, null, UnmanagedAssetManagement.SORTS, UnmanagedAssetManagement.DEFAULT_SORT);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("today", calendar.today());
        model.addAttribute("departmentChoices", choices.departments());
        PageSupport.paging(model, unmanaged.unmanagedAssets(new UnmanagedAssetFilter(q, kind, status, departmentId),
                pageable));
        return PageSupport.listView(request, "asset/unmanaged");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    String show(@PathVariable long id, Model model) {
        UnmanagedAssetSummary asset = unmanaged.unmanagedAsset(new UnmanagedAssetId(id));
        model.addAttribute("asset", asset);
        model.addAttribute("today", calendar.today());
        model.addAttribute("discoveredBy", asset.discoveredById() == null ? null
                : choices.organization().findPerson(new PersonId(asset.discoveredById())).orElse(null));
        model.addAttribute("department", asset.departmentId() == null ? null
                : choices.organization().findDepartment(new DepartmentId(asset.departmentId())).orElse(null));
        model.addAttribute("linkedRecord", asset.hardwareSoftwareId() == null ? null
                : assets.hardwareSoftware(new HardwareSoftwareId(asset.hardwareSoftwareId())));
        model.addAttribute("linkedSystem", asset.systemId() == null ? null
                : assets.system(new SystemId(asset.systemId())));
        return "asset/unmanaged-detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(Model model) {
        model.addAttribute("form", UnmanagedAssetDraft.empty(calendar.today()));
        return form(model, null, null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@Valid @ModelAttribute("form") UnmanagedAssetDraft form, BindingResult result,
                               @RequestParam(required = false) String hardwareSoftwareCode,
                               @RequestParam(required = false) String systemIdCode, Model model,
                               RedirectAttributes redirect) {
        UnmanagedAssetDraft draft = linked(form, hardwareSoftwareCode, systemIdCode, result);
        return FormSubmission.of(result, redirect).create(() -> unmanaged.create(draft), "asset.saved",
                created -> "/assets/unmanaged/" + created.id().value(),
                () -> form(model, null, hardwareSoftwareCode, systemIdCode));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        UnmanagedAssetSummary asset = unmanaged.unmanagedAsset(new UnmanagedAssetId(id));
        model.addAttribute("form", UnmanagedAssetDraft.of(asset));
        return form(model, asset, asset.hardwareSoftwareId() == null ? null
                : assets.hardwareSoftware(new HardwareSoftwareId(asset.hardwareSoftwareId())).code(),
                systems.codeOf(asset.systemId()));
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") UnmanagedAssetDraft form, BindingResult result,
                             @RequestParam(required = false) String hardwareSoftwareCode,
                             @RequestParam(required = false) String systemIdCode, Model model,
                             RedirectAttributes redirect) {
        UnmanagedAssetSummary asset = unmanaged.unmanagedAsset(new UnmanagedAssetId(id));
        UnmanagedAssetDraft draft = linked(form, hardwareSoftwareCode, systemIdCode, result);
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> unmanaged.update(asset.id(), draft, version), "asset.saved", "/assets/unmanaged/" + id,
                        () -> form(model, asset, hardwareSoftwareCode, systemIdCode));
    }

    /**
     * The draft with the hardware/software record and the system named by code (a system id posted without the code
     * field is kept); an unknown code is an error beside the field.
     */
    private UnmanagedAssetDraft linked(UnmanagedAssetDraft form, String code, String systemCode,
                                       BindingResult result) {
        Long recordId = null;
        if (code != null && !code.isBlank()) {
            recordId = assets.hardwareSoftwareByCode(code.strip()).map(HardwareSoftwareSummary::id)
                    .map(HardwareSoftwareId::value).orElse(null);
            if (recordId == null) {
                result.rejectValue("hardwareSoftwareId", "asset.unmanaged.rule.recordUnknown");
            }
        }
        return new UnmanagedAssetDraft(form.kind(), form.name(), form.foundWhere(), form.discoveryMethod(),
                form.discoveredOn(), form.discoveredById(), form.departmentId(), form.decision(), form.decidedOn(),
                form.followUpDueOn(), form.followUpDoneOn(), form.followUpNote(), recordId,
                systemCode == null ? form.systemId() : systems.one(systemCode, "systemId", result).id());
    }

    private String form(Model model, UnmanagedAssetSummary asset, String hardwareSoftwareCode, String systemCode) {
        model.addAttribute("entity", asset);
        model.addAttribute("hardwareSoftwareCode", hardwareSoftwareCode);
        model.addAttribute("systemIdCode", systemCode);
        model.addAttribute("personChoices", choices.people());
        model.addAttribute("departmentChoices", choices.departments());
        return FORM;
    }
}
