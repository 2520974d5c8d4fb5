package io.taisei.compliance.web;

import io.taisei.compliance.CatalogId;
import io.taisei.compliance.CatalogItemId;
import io.taisei.compliance.CatalogManagement;
import io.taisei.compliance.CatalogSummary;
import io.taisei.compliance.framework.FrameworkManagement;
import io.taisei.compliance.framework.FrameworkSummary;
import io.taisei.compliance.framework.GuidelineMappingDraft;
import io.taisei.compliance.framework.GuidelineMappingSummary;
import io.taisei.compliance.framework.ImportResult;
import io.taisei.compliance.framework.MappingSetSummary;
import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import io.taisei.platform.web.FormSubmission;
import io.taisei.platform.web.PageSupport;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The framework pages: the list (with the guideline's own export), import with its error report, one framework as a
 * searchable, paged tree, an imported mapping set, and the editor of the mappings from a guideline item.
 */
@Controller
@RequestMapping("/compliance/frameworks")
class FrameworkController {

    private static final int MAX_QUERY = 200;

    private final FrameworkManagement frameworks;
    private final CatalogManagement catalogs;

    FrameworkController(FrameworkManagement frameworks, CatalogManagement catalogs) {
        this.frameworks = frameworks;
        this.catalogs = catalogs;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('compliance.read')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                HttpServletRequest request, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("catalogs", catalogs.catalogs());
        PageSupport.results(model, () -> frameworks.frameworks(query(q), Paging.of(page, Paging.DEFAULT_SIZE, null,
                FrameworkManagement.SORTABLE, FrameworkManagement.DEFAULT_SORT)));
        model.addAttribute("mappingSets", frameworks.mappingSets());
        return PageSupport.listView(request, "compliance/frameworks");
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('compliance.write')")
    String importForm(Model model) {
        model.addAttribute("maxSize", frameworks.maxSize());
        return "compliance/framework-import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('compliance.write')")
    String importLibrary(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        model.addAttribute("maxSize", frameworks.maxSize());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileErrorKey", "framework.import.fileRequired");
            model.addAttribute("fileErrorArgs", new Object[0]);
            return "compliance/framework-import";
        }
        try (InputStream in = file.getInputStream()) {
            ImportResult result = frameworks.importLibrary(file.getOriginalFilename(), file.getSize(), in);
            redirect.addFlashAttribute("result", result);
            redirect.addFlashAttribute("fileName", file.getOriginalFilename());
            return "redirect:/compliance/frameworks/import";
        } catch (RuleViolationException e) {
            model.addAttribute("fileErrorKey", e.messageKey());
            model.addAttribute("fileErrorArgs", e.arguments());
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (IOException e) {
            model.addAttribute("fileErrorKey", "framework.import.unreadable");
            model.addAttribute("fileErrorArgs", new Object[0]);
        }
        return "compliance/framework-import";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    String framework(@PathVariable long id, @RequestParam(required = false) String q,
                     @RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
        FrameworkSummary framework = frameworks.framework(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("framework", framework);
        model.addAttribute("q", q);
        PageSupport.results(model, () -> frameworks.nodes(id, query(q),
                Paging.of(page, 50, null, Set.of(), FrameworkManagement.NODE_SORT)));
        if (!PageSupport.wantsFragment(request)) {
            model.addAttribute("versions", frameworks.versions(framework.urn()));
            model.addAttribute("mappingSets", frameworks.mappingSets(framework.urn()));
            List<CatalogSummary> all = catalogs.catalogs();
            model.addAttribute("catalogs", all);
            if (!all.isEmpty()) {
                CatalogSummary latest = all.get(0);
                model.addAttribute("guidelineCatalog", latest);
                model.addAttribute("guidelineMappings", frameworks.guidelineMappings(latest.id(), framework.urn()));
            }
        }
        return PageSupport.listView(request, "compliance/framework");
    }

    @GetMapping("/{id}/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<String> export(@PathVariable long id) {
        if (frameworks.framework(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(frameworks.exportFramework(id));
    }

    @GetMapping("/guideline/{catalogId}/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<String> exportGuideline(@PathVariable long catalogId) {
        catalogs.catalog(new CatalogId(catalogId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(frameworks.exportGuideline(new CatalogId(catalogId)));
    }

    @GetMapping("/guideline/{catalogId}/csf-mapping/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<String> exportGuidelineCsfMapping(@PathVariable long catalogId) {
        catalogs.catalog(new CatalogId(catalogId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return download(frameworks.exportGuidelineCsfMapping(new CatalogId(catalogId)));
    }

    @GetMapping("/mapping-sets/{id}")
    @PreAuthorize("hasAuthority('compliance.read')")
    String mappingSet(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        MappingSetSummary set = frameworks.mappingSet(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("set", set);
        PageSupport.results(model, () -> frameworks.mappings(id, Paging.of(page, 50, null, Set.of(), Sort.by("position"))));
        return "compliance/framework-mapping-set";
    }

    @GetMapping("/mapping-sets/{id}/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<String> exportMappingSet(@PathVariable long id) {
        if (frameworks.mappingSet(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(frameworks.exportMappingSet(id));
    }

    /** The mappings of one guideline item, as a fragment for the item page (htmx) or as a page of its own. */
    @GetMapping("/guideline-mappings")
    @PreAuthorize("hasAuthority('compliance.read')")
    String itemMappings(@RequestParam long catalog, @RequestParam String item, HttpServletRequest request, Model model) {
        CatalogSummary summary = catalogs.catalog(new CatalogId(catalog))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CatalogItemId itemId = new CatalogItemId(summary.id(), item);
        catalogs.item(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        itemModel(model, summary, item, frameworks.guidelineMappings(itemId));
        return PageSupport.wantsFragment(request) ? "compliance/framework-item-mappings :: mappings"
                : "compliance/framework-item-mappings";
    }

    @PostMapping("/guideline-mappings")
    @PreAuthorize("hasAuthority('compliance.write')")
    String createMapping(@RequestParam long catalog, @RequestParam String item,
                         @ModelAttribute("form") MappingForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        CatalogSummary summary = catalogs.catalog(new CatalogId(catalog))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return FormSubmission.of(result, redirect).field("frameworkUrn", "framework").save(
                () -> frameworks.createGuidelineMapping(summary.id(), draft(item, form.getFramework(),
                        form.getRequirement(), form.getRelationship(), form.getRationale(), form.getStrength(),
                        form.getNote())),
                "framework.mapping.saved", itemUrl(catalog, item), () -> {
                    itemModel(model, summary, item, frameworks.guidelineMappings(new CatalogItemId(summary.id(), item)));
                    return "compliance/framework-item-mappings";
                });
    }

    @PostMapping("/guideline-mappings/{id}")
    @PreAuthorize("hasAuthority('compliance.write')")
    String updateMapping(@PathVariable long id, @RequestParam(required = false) String relationship,
                         @RequestParam(required = false) String rationale,
                         @RequestParam(required = false) String strength,
                         @RequestParam(required = false) String note,
                         @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        GuidelineMappingSummary mapping = frameworks.guidelineMapping(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            frameworks.updateGuidelineMapping(id, draft(mapping.itemKey(), mapping.frameworkUrn(),
                    mapping.requirementUrn(), relationship, rationale, strength, note), version);
            redirect.addFlashAttribute("message", "framework.mapping.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("rowErrorKey", e.messageKey());
            redirect.addFlashAttribute("rowErrorId", id);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("rowErrorKey", "framework.mapping.changedMeanwhile");
            redirect.addFlashAttribute("rowErrorId", id);
        }
        return "redirect:" + itemUrl(mapping.catalogId(), mapping.itemKey());
    }

    @PostMapping("/guideline-mappings/{id}/delete")
    @PreAuthorize("hasAuthority('compliance.write')")
    String deleteMapping(@PathVariable long id, @RequestParam(required = false) Long version,
                         RedirectAttributes redirect) {
        GuidelineMappingSummary mapping = frameworks.guidelineMapping(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            frameworks.deleteGuidelineMapping(id, version);
            redirect.addFlashAttribute("message", "framework.mapping.deleted");
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("rowErrorKey", "framework.mapping.changedMeanwhile");
            redirect.addFlashAttribute("rowErrorId", id);
        }
        return "redirect:" + itemUrl(mapping.catalogId(), mapping.itemKey());
    }

    @GetMapping("/guideline-mappings/export")
    @PreAuthorize("hasAuthority('compliance.read')")
    ResponseEntity<String> exportMappings(@RequestParam long catalog, @RequestParam String framework) {
        catalogs.catalog(new CatalogId(catalog)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (frameworks.currentFramework(framework).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return download(frameworks.exportGuidelineMappings(new CatalogId(catalog), framework));
    }

    /** The form that adds a mapping from a guideline item; the strength is checked as a number with the rest. */
    static final class MappingForm {
        private String framework;
        private String requirement;
        private String relationship = "intersect";
        private String rationale;
        private String strength;
        private String note;

        public String getFramework() { return framework; }
        public void setFramework(String framework) { this.framework = framework; }
        public String getRequirement() { return requirement; }
        public void setRequirement(String requirement) { this.requirement = requirement; }
        public String getRelationship() { return relationship; }
        public void setRelationship(String relationship) { this.relationship = relationship; }
        public String getRationale() { return rationale; }
        public void setRationale(String rationale) { this.rationale = rationale; }
        public String getStrength() { return strength; }
        public void setStrength(String strength) { this.strength = strength; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    private void itemModel(Model model, CatalogSummary catalog, String item, List<GuidelineMappingSummary> mappings) {
        model.addAttribute("catalog", catalog);
        model.addAttribute("itemKey", item);
        model.addAttribute("mappings", mappings);
        model.addAttribute("frameworks", frameworks.currentFrameworks());
        model.addAttribute("relationships", FrameworkManagement.RELATIONSHIPS);
        model.addAttribute("rationales", FrameworkManagement.RATIONALES);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MappingForm());
        }
    }

    private static String query(String q) {
        if (q != null && q.length() > MAX_QUERY) {
            throw RuleViolationException.invalid("q", "framework.filter.tooLong");
        }
        return q;
    }

    private static GuidelineMappingDraft draft(String item, String framework, String requirement, String relationship,
                                               String rationale, String strength, String note) {
        if (framework == null || framework.isBlank()) {
            throw RuleViolationException.invalid("framework", "framework.mapping.frameworkRequired");
        }
        if (requirement == null || requirement.isBlank() || requirement.length() > 300) {
            throw RuleViolationException.invalid("requirement", "framework.mapping.requirementRequired");
        }
        if (relationship == null || relationship.isBlank()) {
            throw RuleViolationException.invalid("relationship", "framework.mapping.relationship");
        }
        if ((rationale != null && rationale.length() > 500) || (note != null && note.length() > 2000)) {
            throw RuleViolationException.invalid("note", "framework.mapping.tooLong");
        }
        Integer parsedStrength = null;
        if (strength != null && !strength.isBlank()) {
            try {
                parsedStrength = Integer.valueOf(strength.strip());
            } catch (NumberFormatException e) {
                throw RuleViolationException.invalid("strength", "framework.mapping.strength");
            }
        }
        return new GuidelineMappingDraft(item, framework, requirement, relationship, rationale, parsedStrength, note);
    }

    private static String itemUrl(long catalog, String item) {
        return UriComponentsBuilder.fromPath("/compliance/frameworks/guideline-mappings")
                .queryParam("catalog", catalog).queryParam("item", item).encode().build().toUriString();
    }

    private static ResponseEntity<String> download(FrameworkManagement.Export export) {
        return ResponseEntity.ok().contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(export.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(export.yaml());
    }
}
