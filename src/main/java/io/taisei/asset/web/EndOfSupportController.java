package io.taisei.asset.web;

import io.taisei.asset.EndOfSupportFilter;
import io.taisei.asset.EndOfSupportItem;
import io.taisei.asset.EndOfSupportManagement;
import io.taisei.asset.EndOfSupportPlanDraft;
import io.taisei.asset.HardwareSoftwareId;
import io.taisei.asset.Importance;
import io.taisei.platform.Paging;
import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import java.time.Period;
import java.util.Set;

/** The end-of-support view (2.3.4.1(3)), the plan of each record, and the reminders the daily job recorded. */
@Controller
@RequestMapping("/assets/end-of-support")
class EndOfSupportController {

    private static final String FORM = "asset/end-of-support-plan";

    private final EndOfSupportManagement endOfSupport;
    private final SystemChoices systems;

    EndOfSupportController(EndOfSupportManagement endOfSupport, SystemChoices systems) {
        this.endOfSupport = endOfSupport;
        this.systems = systems;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('asset.read')")
    String list(@RequestParam(required = false) Long systemId,
                @RequestParam(required = false) @Size(max = 40) String system,
                @RequestParam(required = false) Importance importance,
                @RequestParam(required = false) @Min(1) @Max(120) Integer months,
                @RequestParam(required = false) Integer page,
                HttpServletRequest request, Model model) {
        Period horizon = months == null ? endOfSupport.defaultHorizon() : Period.ofMonths(months);
        var pageable = Paging.of(page, null, null, Set.of(), Sort.unsorted());
        SystemChoices.Filter systemFilter = systems.filter(systemId, system);
        Page<EndOfSupportItem> results = systemFilter.unknown() ? Page.empty(pageable)
                : endOfSupport.listItems(new EndOfSupportFilter(systemFilter.id(), importance, horizon), pageable);
        model.addAttribute("systemFilter", systemFilter);
        model.addAttribute("importance", importance);
        model.addAttribute("months", horizon.toTotalMonths());
        model.addAttribute("today", endOfSupport.today());
        PageSupport.paging(model, results);
        if (!PageSupport.wantsFragment(request)) { // the reminders are outside the results
            model.addAttribute("reminders", endOfSupport.reminders(PageRequest.of(0, 20)).getContent());
        }
        return PageSupport.listView(request, "asset/end-of-support");
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.read')")
    String show(@PathVariable long id, Model model) {
        EndOfSupportItem item = endOfSupport.item(new HardwareSoftwareId(id));
        model.addAttribute("form", EndOfSupportPlanDraft.of(item.plan()));
        return form(model, item);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('asset.write')")
    String save(@PathVariable long id, @RequestParam(required = false) Long version,
                @Valid @ModelAttribute("form") EndOfSupportPlanDraft form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        EndOfSupportItem item = endOfSupport.item(new HardwareSoftwareId(id));
        return FormSubmission.of(result, redirect).onStale()
                .save(() -> endOfSupport.savePlan(item.id(), form, version), "asset.saved",
                        "/assets/end-of-support/" + id, () -> form(model, item));
    }

    private String form(Model model, EndOfSupportItem item) {
        model.addAttribute("item", item);
        return FORM;
    }
}
