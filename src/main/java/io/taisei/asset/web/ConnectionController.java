package io.taisei.asset.web;

import io.taisei.asset.*;
import io.taisei.platform.Paging;
import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
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
@RequestMapping("/assets/connections")
class ConnectionController {

    private static final String FORM = "asset/connection-form";

    private final AssetManagement assets;
    private final SystemChoices systems;
    private final SystemPicker picker;

    ConnectionController(AssetManagement assets, SystemChoices systems, SystemPicker picker) {
        this.assets = assets;
        this.systems = systems;
        this.picker = picker;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) ConnectionKind kind,
                @RequestParam(required = false) Long systemId,
                @RequestParam(required = false) @Size(max = 40) String system,
                @RequestParam(required = false) DataCategory dataCategory,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, AssetManagement.CONNECTION_SORTS, AssetManagement.DEFAULT_SORT);
        SystemChoices.Filter systemFilter = systems.filter(systemId, system);
        Page<ConnectionSummary> results = systemFilter.unknown() ? Page.empty(pageable) : assets.connections(
                new ConnectionFilter(q, kind, systemFilter.id(), dataCategory, null), pageable);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("systemFilter", systemFilter);
        model.addAttribute("dataCategory", dataCategory);
        model.addAttribute("sort", sort);
        Set<SystemId> ends = new HashSet<>();
        results.forEach(c -> {
            ends.add(c.fromSystemId());
            if (c.toSystemId() != null) {
                ends.add(c.toSystemId());
            }
        });
        model.addAttribute("systemsById", byId(assets.systemsById(ends)));
        model.addAttribute("zonesById", assets.allZones().stream()
                .collect(Collectors.toMap(NetworkZoneSummary::id, Function.identity())));
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "asset/connections");
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(@RequestParam(required = false) Long fromSystemId, Model model) {
        ConnectionDraft form = ConnectionDraft.empty().withSystems(fromSystemId, null);
        model.addAttribute("form", form);
        return form(model, null, picker.codeOf(fromSystemId), "");
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@ModelAttribute("form") ConnectionDraft posted, BindingResult result,
                               @RequestParam(required = false) String fromSystemIdCode,
                               @RequestParam(required = false) String toSystemIdCode, Model model,
                               RedirectAttributes redirect) {
        ConnectionDraft form = resolved(posted, fromSystemIdCode, toSystemIdCode, result);
        return FormSubmission.of(result, redirect).save(() -> assets.createConnection(form), "asset.saved",
                "/assets/connections", () -> form(model, null, fromSystemIdCode, toSystemIdCode));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        ConnectionSummary connection = assets.connection(new ConnectionId(id));
        model.addAttribute("form", ConnectionDraft.of(connection));
        return form(model, connection, picker.codeOf(connection.fromSystemId().value()),
                picker.codeOf(connection.toSystemId() == null ? null : connection.toSystemId().value()));
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @ModelAttribute("form") ConnectionDraft posted, BindingResult result,
                             @RequestParam(required = false) String fromSystemIdCode,
                             @RequestParam(required = false) String toSystemIdCode, Model model,
                             RedirectAttributes redirect) {
        ConnectionSummary connection = assets.connection(new ConnectionId(id));
        ConnectionDraft form = resolved(posted, fromSystemIdCode, toSystemIdCode, result);
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> assets.updateConnection(connection.id(), form, version), "asset.saved",
                        "/assets/connections", () -> form(model, connection, fromSystemIdCode, toSystemIdCode));
    }

    /**
     * The connection between the systems named by the codes typed into its two system fields (ids posted instead,
     * without those fields, are kept), checked.
     */
    private ConnectionDraft resolved(ConnectionDraft posted, String fromCode, String toCode, BindingResult result) {
        Long from = fromCode == null ? posted.fromSystemId() : picker.one(fromCode, "fromSystemId", result).id();
        Long to = toCode == null ? posted.toSystemId() : picker.one(toCode, "toSystemId", result).id();
        ConnectionDraft form = posted.withSystems(from, to);
        picker.validate(form, result);
        return form;
    }

    private String form(Model model, ConnectionSummary connection, String fromSystemCode, String toSystemCode) {
        model.addAttribute("entity", connection);
        model.addAttribute("fromSystemIdCode", fromSystemCode);
        model.addAttribute("toSystemIdCode", toSystemCode);
        model.addAttribute("zoneChoices", assets.allZones());
        return FORM;
    }

    static Map<SystemId, SystemSummary> byId(java.util.List<SystemSummary> systems) {
        return systems.stream().collect(Collectors.toMap(SystemSummary::id, Function.identity()));
    }
}
