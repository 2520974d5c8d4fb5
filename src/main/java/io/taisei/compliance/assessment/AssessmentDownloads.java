package io.taisei.compliance.assessment;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** Files out of the assessment module, shared by the pages and the API: evidence downloads and the xlsx export. */
public final class AssessmentDownloads {

    private AssessmentDownloads() {
    }

    /** Always an attachment, with the stored type and hash; never rendered inline (uploads are untrusted). */
    public static ResponseEntity<byte[]> of(EvidenceFile file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .body(file.content());
    }

    public static ResponseEntity<byte[]> xlsx(CampaignWorkbook workbook, CampaignExport export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(export, out);
        String name = "self-assessment-" + export.campaign().id() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CampaignWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }

    public static ResponseEntity<byte[]> pdf(CampaignPdf pdf, CampaignExport export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(export, out);
        String name = "self-assessment-" + export.campaign().id() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toByteArray());
    }
}
