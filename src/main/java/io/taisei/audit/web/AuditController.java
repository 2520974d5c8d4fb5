package io.taisei.audit.web;

import io.taisei.audit.AuditCheckpoint;
import io.taisei.audit.AuditEntry;
import io.taisei.audit.AuditFilter;
import io.taisei.audit.AuditManagement;
import io.taisei.audit.AuditVerificationRun;
import io.taisei.platform.Paging;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The audit page: browse and filter the trail, verify it, sign and download checkpoints, export CSV. */
@Controller
class AuditController {

    /** A checkpoint is a few hundred bytes; anything much larger is not one. */
    private static final long MAX_CHECKPOINT_BYTES = 64 * 1024;
    private static final Set<String> SORTABLE = Set.of("id", "seq");
    private static final List<String> CSV_COLUMNS = List.of("id", "seq", "occurredAt", "actor", "action", "recordType",
            "recordId", "before", "after", "contentHash", "prevHash", "hash");

    private final AuditManagement audit;
    private final MessageSource messages;

    AuditController(AuditManagement audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit.read')")
    String trail(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                 Model model) {
        populate(filter, errors, page, size, model);
        return "audit/trail";
    }

    /** htmx swaps the result into the page; without htmx the whole page is shown with the result. */
    @GetMapping("/audit/verify")
    @PreAuthorize("hasAuthority('audit.read')")
    String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("verification", audit.verifyAndRecord(AuditVerificationRun.Trigger.PAGE));
        if (htmx != null) {
            model.addAttribute("lastVerification", audit.lastVerification().orElse(null));
            model.addAttribute("timeFormat", timeFormat());
            return "audit/trail :: verification";
        }
        populate(AuditFilterForm.empty(), null, null, null, model);
        return "audit/trail";
    }

    /**
     * Verifies the chain against a checkpoint file the auditor kept (the same check as
     * {@code audit verify --checkpoint}); the result is shown where the verify button shows its result.
     */
    @PostMapping("/audit/verify-checkpoint")
    @PreAuthorize("hasAuthority('audit.read')")
    String verifyCheckpoint(@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("checkpointUploadError", "audit.checkpoint.verify.missing");
        } else if (file.getSize() > MAX_CHECKPOINT_BYTES) {
            model.addAttribute("checkpointUploadError", "audit.checkpoint.verify.invalid");
        } else {
            try {
                AuditCheckpoint checkpoint = AuditManagement.parseCheckpoint(
                        new String(file.getBytes(), StandardCharsets.UTF_8));
                model.addAttribute("verification", audit.verifyAndRecord(checkpoint, AuditVerificationRun.Trigger.PAGE));
            } catch (AuditManagement.InvalidCheckpointException | IOException e) {
                model.addAttribute("checkpointUploadError", "audit.checkpoint.verify.invalid");
            }
        }
        populate(AuditFilterForm.empty(), null, null, null, model);
        return "audit/trail";
    }

    @PostMapping("/audit/checkpoints")
    @PreAuthorize("hasAuthority('audit.checkpoint')")
    String createCheckpoint(RedirectAttributes redirect) {
        try {
            AuditCheckpoint checkpoint = audit.createCheckpoint();
            redirect.addFlashAttribute("checkpointCreated", checkpoint.seq());
        } catch (AuditManagement.AuditTrailEmptyException e) {
            redirect.addFlashAttribute("checkpointError", "audit.checkpoint.empty");
        }
        return "redirect:/audit";
    }

    @GetMapping("/audit/checkpoints/{id}/download")
    @PreAuthorize("hasAuthority('audit.read')")
    ResponseEntity<String> downloadCheckpoint(@PathVariable long id) {
        return audit.checkpoint(id).map(checkpoint -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("taisei-audit-checkpoint-" + checkpoint.seq() + ".json").build().toString())
                        .body(AuditManagement.exportJson(checkpoint)))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/audit/export.csv")
    @PreAuthorize("hasAuthority('audit.read')")
    void exportCsv(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult errors,
                   HttpServletResponse response, Locale locale) throws IOException {
        if (errors.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        AuditFilter auditFilter = filter.toFilter();
        audit.recordExport(auditFilter);
        String name = "taisei-audit-" + LocalDateTime.now(audit.zone()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv";
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        List<String> header = CSV_COLUMNS.stream().map(c -> messages.getMessage("audit.column." + c, null, locale)).toList();
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        audit.exportCsv(auditFilter, header, out);
    }

    private void populate(AuditFilterForm filter, BindingResult errors, Integer page, Integer size, Model model) {
        if (!model.containsAttribute("filter")) {
            model.addAttribute("filter", filter);
        }
        Page<AuditEntry> entries;
        if (errors != null && errors.hasErrors()) {
            entries = new PageImpl<>(List.of(), PageRequest.of(0, Paging.DEFAULT_SIZE), 0);
        } else {
            Integer safePage = page == null || page < 0 ? null : page;
            Integer safeSize = size == null || size < 1 || size > Paging.MAX_SIZE ? null : size;
            entries = audit.entries(filter.toFilter(),
                    Paging.of(safePage, safeSize, null, SORTABLE, Sort.by(Sort.Direction.DESC, "id")));
        }
        model.addAttribute("entries", entries);
        model.addAttribute("checkpoints", audit.checkpoints(PageRequest.of(0, 10)).getContent());
        model.addAttribute("lastVerification", audit.lastVerification().orElse(null));
        model.addAttribute("recordTypes", audit.recordTypes());
        model.addAttribute("zone", audit.zone());
        model.addAttribute("timeFormat", timeFormat());
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (errors == null || !errors.hasErrors()) {
            param(query, "recordType", filter.recordType());
            param(query, "recordId", filter.recordId());
            param(query, "actor", filter.actor());
            param(query, "action", filter.action());
            param(query, "from", filter.from() == null ? null : filter.from().toString());
            param(query, "to", filter.to() == null ? null : filter.to().toString());
        }
        String filterQuery = query.build().encode().toUriString();
        model.addAttribute("exportUrl", "/audit/export.csv" + filterQuery);
        model.addAttribute("pageUrl", "/audit" + (filterQuery.isEmpty() ? "?" : filterQuery + "&") + "size="
                + entries.getSize() + "&page=");
    }

    private DateTimeFormatter timeFormat() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(audit.zone());
    }

    private static void param(UriComponentsBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.queryParam(name, value);
        }
    }
}
