package io.taisei.asset.web;

import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.ImportReport;
import io.taisei.asset.transfer.SystemLedgerFile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;

/** The systems ledger as xlsx or CSV: template, export, and the import page with its error report. */
@Controller
@RequestMapping("/assets/systems")
class SystemFileController {

    private final SystemLedgerFile files;

    SystemFileController(SystemLedgerFile files) {
        this.files = files;
    }

    @GetMapping("/export.{extension}")
    @PreAuthorize("hasAuthority('asset.read')")
    void export(@PathVariable String extension, HttpServletResponse response) throws IOException {
        send(extension, false, response);
    }

    @GetMapping("/template.{extension}")
    @PreAuthorize("hasAuthority('asset.read')")
    void template(@PathVariable String extension, HttpServletResponse response) throws IOException {
        send(extension, true, response);
    }

    private void send(String extension, boolean template, HttpServletResponse response) throws IOException {
        Format format = format(extension);
        String name = (template ? "情報システム台帳_テンプレート" : "情報システム台帳_" + LocalDate.now()) + "." + format.extension();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        files.write(format, template, response.getOutputStream());
    }

    static Format format(String extension) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            default -> throw new io.taisei.platform.RecordNotFoundException("format", extension);
        };
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('asset.write')")
    String importForm(Model model) {
        model.addAttribute("maxMegabytes", files.settings().maxBytes() / (1024 * 1024));
        return "asset/system-import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('asset.write')")
    String importFile(@RequestParam("file") MultipartFile file,
                      @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Model model) throws IOException {
        model.addAttribute("maxMegabytes", files.settings().maxBytes() / (1024 * 1024));
        model.addAttribute("report", importReport(files, file, mode));
        model.addAttribute("mode", mode);
        return "asset/system-import";
    }

    /** Copies the upload to a temporary file (POI reads a zip best from a file) and always removes it. */
    static ImportReport importReport(SystemLedgerFile files, MultipartFile file, ImportMode mode) throws IOException {
        File temporary = Files.createTempFile("taisei-import-", ".upload").toFile();
        try {
            if (file.getSize() <= files.settings().maxBytes()) {
                file.transferTo(temporary);
            }
            return files.importFile(temporary, file.getSize(), Format.ofFilename(file.getOriginalFilename()), mode,
                    LocaleContextHolder.getLocale());
        } finally {
            Files.deleteIfExists(temporary.toPath());
        }
    }
}
