package io.taisei.asset.web;

import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import io.taisei.asset.*;
import io.taisei.platform.Paging;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Controller
@RequestMapping("/assets/network-zones")
class NetworkZoneController {

    private static final String FORM = "asset/zone-form";

    private final AssetManagement assets;

    NetworkZoneController(AssetManagement assets) {
        this.assets = assets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) Integer page,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, null, AssetManagement.ZONE_SORTS, AssetManagement.DEFAULT_SORT);
        model.addAttribute("q", q);
        PageSupport.paging(model, assets.zones(q, pageable));
        return PageSupport.listView(request, "asset/zones");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(Model model) {
        model.addAttribute("form", NetworkZoneDraft.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@Valid @ModelAttribute("form") NetworkZoneDraft form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        return FormSubmission.of(result, redirect).save(() -> assets.createZone(form), "asset.saved",
                "/assets/network-zones", () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        NetworkZoneSummary zone = assets.zone(new NetworkZoneId(id));
        model.addAttribute("form", NetworkZoneDraft.of(zone));
        return form(model, zone);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") NetworkZoneDraft form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        NetworkZoneSummary zone = assets.zone(new NetworkZoneId(id));
        return FormSubmission.of(result, redirect).onStale().save(() -> assets.updateZone(zone.id(), form, version),
                "asset.saved", "/assets/network-zones", () -> form(model, zone));
    }

    private String form(Model model, NetworkZoneSummary zone) {
        model.addAttribute("entity", zone);
        return FORM;
    }
}
