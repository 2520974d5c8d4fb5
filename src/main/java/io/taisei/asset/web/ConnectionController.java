package io.taisei.asset.web;

import io.taisei.platform.web.PageSupport;
import io.taisei.asset.*;
import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.dao.OptimisticLockingFailureException;
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

    ConnectionController(AssetManagement assets, SystemChoices systems) {
        this.assets = assets;
        this.systems = systems;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) @Size(max = 200) String q,
                @RequestParam(required = false) ConnectionKind kind,
                @RequestParam(required = false) Long systemId,
                @RequestParam(required = false) DataCategory dataCategory,
                @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort,
                HttpServletRequest request, Model model) {
        var pageable = Paging.of(page, null, sort, AssetManagement.CONNECTION_SORTS, AssetManagement.DEFAULT_SORT);
        Page<ConnectionSummary> results = assets.connections(
                new ConnectionFilter(q, kind, SystemId.of(systemId), dataCategory, null), pageable);
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("systemId", systemId);
        model.addAttribute("dataCategory", dataCategory);
        model.addAttribute("sort", sort);
        model.addAttribute("systemChoices", systems.all());
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
        return PageSupport.wantsFragment(request) ? "asset/connections :: results" : "asset/connections";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String initCreationForm(@RequestParam(required = false) Long fromSystemId, Model model) {
        ConnectionDraft empty = ConnectionDraft.empty();
        model.addAttribute("form", new ConnectionDraft(null, empty.kind(), fromSystemId, null, null, empty.direction(),
                Set.of(), null, true, null, null));
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('asset.write')")
    String processCreationForm(@Valid @ModelAttribute("form") ConnectionDraft form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                assets.createConnection(form);
                redirect.addFlashAttribute("message", "asset.saved");
                return "redirect:/assets/connections";
            } catch (RuleViolationException violation) {
                PageSupport.reject(result, violation);
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String initUpdateForm(@PathVariable long id, Model model) {
        ConnectionSummary connection = assets.connection(new ConnectionId(id));
        model.addAttribute("form", ConnectionDraft.of(connection));
        return form(model, connection);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('asset.write')")
    String processUpdateForm(@PathVariable long id, @RequestParam(required = false) Long version,
                             @Valid @ModelAttribute("form") ConnectionDraft form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        ConnectionSummary connection = assets.connection(new ConnectionId(id));
        if (!result.hasErrors()) {
            try {
                assets.updateConnection(connection.id(), form, version);
                redirect.addFlashAttribute("message", "asset.saved");
                return "redirect:/assets/connections";
            } catch (RuleViolationException violation) {
                PageSupport.reject(result, violation);
            } catch (OptimisticLockingFailureException stale) {
                result.reject("problem.detail.stale");
            }
        }
        return form(model, connection);
    }

    private String form(Model model, ConnectionSummary connection) {
        model.addAttribute("entity", connection);
        model.addAttribute("systemChoices", systems.all());
        model.addAttribute("zoneChoices", assets.allZones());
        return FORM;
    }

    static Map<SystemId, SystemSummary> byId(java.util.List<SystemSummary> systems) {
        return systems.stream().collect(Collectors.toMap(SystemSummary::id, Function.identity()));
    }
}
