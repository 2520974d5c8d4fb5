package io.taisei.compliance.web;

import io.taisei.compliance.CatalogId;
import io.taisei.compliance.CatalogItemFilter;
import io.taisei.compliance.CatalogItemId;
import io.taisei.compliance.CatalogItemSummary;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogNotFoundException;
import io.taisei.compliance.CatalogSectionSummary;
import io.taisei.compliance.CatalogSummary;
import io.taisei.compliance.ItemKind;
import io.taisei.platform.Paging;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The catalog pages: sections as a tree, the filtered item list, one item, and the diff of two revisions. */
@Controller
@RequestMapping("/compliance/catalog")
class CatalogController {

    private final CatalogManagement catalogs;

    CatalogController(CatalogManagement catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance.read')")
    String catalog(@RequestParam(required = false) Long catalog,
                   @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String section,
                   @RequestParam(required = false) String csf,
                   @RequestParam(required = false) String q,
                   @RequestParam(required = false) Integer page,
                   Locale locale, Model model) {
        List<CatalogSummary> all = catalogs.catalogs();
        model.addAttribute("catalogs", all);
        model.addAttribute("japanese", japanese(locale));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("csfFunctions", List.of("GV", "ID", "PR", "DE", "RS", "RC"));
        model.addAttribute("kind", kind);
        model.addAttribute("section", section);
        model.addAttribute("csf", csf);
        model.addAttribute("q", q);
        Optional<CatalogSummary> selected = catalog == null ? all.stream().findFirst()
                : catalogs.catalog(new CatalogId(catalog));
        if (selected.isEmpty()) {
            if (catalog != null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return "compliance/catalog";
        }
        CatalogSummary current = selected.get();
        model.addAttribute("catalog", current);
        List<CatalogSectionSummary> sections = catalogs.sections(current.id());
        model.addAttribute("sections", sections);
        try {
            CatalogItemFilter filter = CatalogItemFilter.parse(kind, section, csf, q);
            var pageable = Paging.of(page, Paging.DEFAULT_SIZE, null, CatalogManagement.SORTABLE,
                    CatalogManagement.DEFAULT_SORT);
            Page<CatalogItemSummary> items = catalogs.items(current.id(), filter, pageable);
            model.addAttribute("items", items);
            model.addAttribute("sectionTitle", sections.stream().filter(s -> s.number().equals(filter.section()))
                    .findFirst().orElse(null));
        } catch (io.taisei.platform.RuleViolationException e) {
            model.addAttribute("filterError", e.field());
            model.addAttribute("filterErrorKey", e.messageKey());
        } catch (Paging.InvalidPagingException e) {
            model.addAttribute("filterError", e.field());
            model.addAttribute("filterErrorKey", e.messageKey());
        }
        return "compliance/catalog";
    }

    @GetMapping("/{catalogId}/items/{itemKey}")
    @PreAuthorize("hasAuthority('compliance.read')")
    String item(@PathVariable long catalogId, @PathVariable String itemKey, Locale locale, Model model) {
        CatalogId id = new CatalogId(catalogId);
        CatalogSummary catalog = catalogs.catalog(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CatalogItemSummary item = catalogs.item(new CatalogItemId(id, itemKey))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<CatalogSectionSummary> path = catalogs.sections(id).stream()
                .filter(s -> item.sectionNumber().equals(s.number()) || item.sectionNumber().startsWith(s.number() + "."))
                .toList();
        model.addAttribute("catalog", catalog);
        model.addAttribute("item", item);
        model.addAttribute("path", path);
        model.addAttribute("japanese", japanese(locale));
        return "compliance/item";
    }

    @GetMapping("/diff")
    @PreAuthorize("hasAuthority('compliance.read')")
    String diff(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                Locale locale, Model model) {
        model.addAttribute("catalogs", catalogs.catalogs());
        model.addAttribute("japanese", japanese(locale));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null) {
            try {
                model.addAttribute("diff", catalogs.diff(new CatalogId(from), new CatalogId(to)));
            } catch (CatalogNotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return "compliance/diff";
    }

    private static boolean japanese(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
