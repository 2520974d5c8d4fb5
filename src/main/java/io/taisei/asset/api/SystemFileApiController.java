package io.taisei.asset.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.ImportReport;
import io.taisei.asset.transfer.SystemLedgerFile;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

@RestController
@RequestMapping("/api/v1/systems")
@Tag(name = "Systems")
class SystemFileApiController {

    private final SystemLedgerFile files;

    SystemFileApiController(SystemLedgerFile files) {
        this.files = files;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Export the systems ledger", description = "xlsx (Japanese headers) or CSV UTF-8 with BOM.")
    void export(@Parameter(description = "xlsx or csv") @RequestParam(defaultValue = "XLSX") Format format,
                @RequestParam(defaultValue = "false") boolean template, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename((template ? "systems-template." : "systems.") + format.extension(), StandardCharsets.UTF_8)
                .build().toString());
        files.write(format, template, response.getOutputStream());
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Import the systems ledger", description = "Matched by code. 200 with the counts when written; "
            + "400 with every problem (sheet, row, column, reason) when nothing was written.")
    ResponseEntity<ImportReport> importFile(@RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) throws IOException {
        File temporary = Files.createTempFile("taisei-import-", ".upload").toFile();
        try {
            if (file.getSize() <= files.settings().maxBytes()) {
                file.transferTo(temporary);
            }
            ImportReport report = files.importFile(temporary, file.getSize(),
                    Format.ofFilename(file.getOriginalFilename()), mode, LocaleContextHolder.getLocale());
            return ResponseEntity.status(report.written() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
        } finally {
            Files.deleteIfExists(temporary.toPath());
        }
    }
}
