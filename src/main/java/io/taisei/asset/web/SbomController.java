package io.taisei.asset.web;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.SystemId;
import io.taisei.asset.sbom.SbomComponentSummary;
import io.taisei.asset.sbom.SbomManagement;
import io.taisei.asset.sbom.SbomSummary;
import io.taisei.platform.Paging;
import io.taisei.platform.RuleViolationException;
import io.taisei.platform.web.PageSupport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A system's SBOMs: upload (from the system page), the components of a version, two versions compared, export. */
@Controller
class SbomController {

    private static final int VERSIONS_ON_SYSTEM_PAGE = 20;

    private final SbomManagement sboms;
    private final AssetManagement assets;
    private final MessageSource messages;

    SbomController(SbomManagement sboms, AssetManagement assets, MessageSource messages) {
        this.sboms = sboms;
        this.assets = assets;
        this.messages = messages;
    }

    /** What the SBOM section of the system page shows (asset/sbom-section.html). */
    static void addSection(Model model, SbomManagement sboms, SystemId system) {
        model.addAttribute("sbomVersions", sboms.recentVersions(system, VERSIONS_ON_SYSTEM_PAGE));
        model.addAttribute("sbomMaxMegabytes", sboms.maxBytes() / (1024 * 1024));
    }

    @PostMapping("/assets/systems/{id}/sboms")
    @PreAuthorize("hasAuthority('asset.write')")
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        SystemId system = new SystemId(id);
        assets.system(system);
        try {
            if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
                throw RuleViolationException.invalid("file", "sbom.file.required");
            }
            SbomSummary stored;
            try (InputStream in = file.getInputStream()) {
                stored = sboms.upload(system, file.getOriginalFilename(), file.getSize(), in);
            }
            redirect.addFlashAttribute("sbomMessage", text("sbom.uploaded", stored.fileName(),
                    stored.componentCount(), stored.dependencyCount()));
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("sbomError", text(refused.messageKey(), refused.arguments()));
        }
        return "redirect:/assets/systems/" + id + "#sbom";
    }

    @GetMapping("/assets/sboms/{sbomId}")
    @PreAuthorize("hasAuthority('asset.read')")
    String components(@PathVariable long sbomId, @RequestParam(required = false) @Size(max = 200) String q,
                      @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort,
                      HttpServletRequest request, Model model) {
        SbomSummary sbom = sboms.version(sbomId);
        var pageable = Paging.of(page, null, sort, SbomManagement.COMPONENT_SORTS, SbomManagement.COMPONENT_DEFAULT_SORT);
        Page<SbomComponentSummary> results = sboms.components(sbomId, q, pageable);
        model.addAttribute("sbom", sbom);
        model.addAttribute("system", assets.system(sbom.systemId()));
        model.addAttribute("q", q);
        model.addAttribute("sort", sort);
        PageSupport.paging(model, results);
        return PageSupport.listView(request, "asset/sbom-components");
    }

    @GetMapping("/assets/sboms/diff")
    @PreAuthorize("hasAuthority('asset.read')")
    String diff(@RequestParam long from, @RequestParam long to, Model model) {
        var diff = sboms.diff(from, to);
        model.addAttribute("diff", diff);
        model.addAttribute("system", assets.system(diff.to().systemId()));
        return "asset/sbom-diff";
    }

    @GetMapping("/assets/systems/{id}/sbom.cdx.json")
    @PreAuthorize("hasAuthority('asset.read')")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        String code = assets.system(new SystemId(id)).code();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.cyclonedx+json; version=1.6"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + ".cdx.json", StandardCharsets.UTF_8).build().toString())
                .body(sboms.exportCurrent(new SystemId(id)).getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
