package io.taisei.asset.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.taisei.asset.Ledger;
import io.taisei.asset.transfer.Format;
import io.taisei.asset.transfer.ImportMode;
import io.taisei.asset.transfer.ImportReport;
import io.taisei.asset.transfer.LedgerFiles;
import io.taisei.asset.transfer.Uploads;
import io.taisei.platform.RecordNotFoundException;
import io.taisei.platform.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every ledger's file export and import: {@code GET /api/v1/<ledger>/export?format=xlsx|csv} and
 * {@code POST /api/v1/<ledger>/imports} (also {@code /import}, the path the systems ledger had first).
 */
@RestController
@Tag(name = "Ledger files")
class LedgerFileApiController {

    private final LedgerFiles files;

    LedgerFileApiController(LedgerFiles files) {
        this.files = files;
    }

    @GetMapping({"/api/v1/systems/export", "/api/v1/hardware-software/export", "/api/v1/data/export",
            "/api/v1/network-zones/export", "/api/v1/connections/export"})
    @PreAuthorize("hasAuthority('asset.read')")
    @Operation(summary = "Export a ledger", description = "xlsx (Japanese headers) or CSV UTF-8 with BOM; "
            + "template=true gives the headers only.")
    void export(@Parameter(description = "xlsx or csv") @RequestParam(defaultValue = "xlsx") String format,
                @RequestParam(defaultValue = "false") boolean template, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        Format chosen = Format.of(format).orElseThrow(() -> RuleViolationException.invalid("format",
                "asset.import.format"));
        Ledger ledger = ledger(request);
        response.setContentType(chosen.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ledger.slug() + (template ? "-template." : ".") + chosen.extension(), StandardCharsets.UTF_8)
                .build().toString());
        files.write(ledger, chosen, template, response.getOutputStream());
    }

    @PostMapping({"/api/v1/systems/import", "/api/v1/systems/imports", "/api/v1/hardware-software/imports",
            "/api/v1/hardware-software/import", "/api/v1/data/imports", "/api/v1/data/import",
            "/api/v1/network-zones/imports", "/api/v1/network-zones/import", "/api/v1/connections/imports",
            "/api/v1/connections/import"})
    @PreAuthorize("hasAuthority('asset.write')")
    @Operation(summary = "Import a ledger file", description = "Matched by code. 200 with the counts when written; "
            + "400 with every problem (sheet, row, column, reason) when nothing was written. mode=VALID_ROWS_ONLY "
            + "writes the rows without problems.")
    ResponseEntity<ImportReport> importFile(@RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode,
                                            HttpServletRequest request) throws IOException {
        ImportReport report = Uploads.importUpload(files, ledger(request), file, mode);
        return ResponseEntity.status(report.written() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(report);
    }

    /** The ledger whose path this request came in on: {@code /api/v1/<slug>/...}. */
    private static Ledger ledger(HttpServletRequest request) {
        String[] segments = request.getRequestURI().substring(request.getContextPath().length()).split("/");
        for (Ledger ledger : Ledger.values()) {
            if (segments.length > 3 && segments[3].equals(ledger.slug())) {
                return ledger;
            }
        }
        throw new RecordNotFoundException("ledger", request.getRequestURI());
    }
}
