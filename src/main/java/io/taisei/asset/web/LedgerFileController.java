package io.taisei.asset.web;

import io.taisei.asset.Ledger;
import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.LedgerFiles;
import io.taisei.asset.transfer.Uploads;
import io.taisei.platform.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Every ledger as xlsx or CSV: template, export, and the import page with its error report. One handler serves the
 * same paths of each ledger; the ledger is the path segment after {@code /assets/}.
 */
@Controller
class LedgerFileController {

    private final LedgerFiles files;

    LedgerFileController(LedgerFiles files) {
        this.files = files;
    }

    @GetMapping({"/assets/systems/export.{extension}", "/assets/hardware-software/export.{extension}",
            "/assets/data/export.{extension}", "/assets/network-zones/export.{extension}",
            "/assets/connections/export.{extension}"})
    @PreAuthorize("hasAuthority('asset.read')")
    void export(@PathVariable String extension, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(ledger(request), extension, false, response);
    }

    @GetMapping({"/assets/systems/template.{extension}", "/assets/hardware-software/template.{extension}",
            "/assets/data/template.{extension}", "/assets/network-zones/template.{extension}",
            "/assets/connections/template.{extension}"})
    @PreAuthorize("hasAuthority('asset.read')")
    void template(@PathVariable String extension, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        send(ledger(request), extension, true, response);
    }

    private void send(Ledger ledger, String extension, boolean template, HttpServletResponse response)
            throws IOException {
        Format format = Format.of(extension).orElseThrow(() -> new RecordNotFoundException("format", extension));
        String name = ledger.fileName() + "_" + (template ? "テンプレート" : LocalDate.now().toString()) + "."
                + format.extension();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        files.write(ledger, format, template, response.getOutputStream());
    }

    @GetMapping({"/assets/systems/import", "/assets/hardware-software/import", "/assets/data/import",
            "/assets/network-zones/import", "/assets/connections/import"})
    @PreAuthorize("hasAuthority('asset.write')")
    String importForm(HttpServletRequest request, Model model) {
        form(ledger(request), model);
        return "asset/ledger-import";
    }

    @PostMapping({"/assets/systems/import", "/assets/hardware-software/import", "/assets/data/import",
            "/assets/network-zones/import", "/assets/connections/import"})
    @PreAuthorize("hasAuthority('asset.write')")
    String importFile(@RequestParam("file") MultipartFile file,
                      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, HttpServletRequest request,
                      Model model) throws IOException {
        Ledger ledger = ledger(request);
        form(ledger, model);
        model.addAttribute("report", Uploads.importUpload(files, ledger, file, mode));
        model.addAttribute("mode", mode);
        return "asset/ledger-import";
    }

    private void form(Ledger ledger, Model model) {
        model.addAttribute("ledger", ledger);
        model.addAttribute("maxMegabytes", files.settings().maxBytes() / (1024 * 1024));
    }

    /** The ledger whose path this request came in on: {@code /assets/<slug>/...}. */
    static Ledger ledger(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] segments = path.split("/");
        for (Ledger ledger : Ledger.values()) {
            if (segments.length > 2 && segments[2].equals(ledger.slug())) {
                return ledger;
            }
        }
        throw new RecordNotFoundException("ledger", path);
    }
}
