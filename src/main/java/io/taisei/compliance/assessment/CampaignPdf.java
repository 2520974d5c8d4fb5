package io.taisei.compliance.assessment;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A campaign as PDF for the board pack: a cover block with scope, state and snapshot hash, then one table row per
 * item. Japanese text uses IPAexGothic, bundled under {@code fonts/} (IPA Font License v1.0 allows embedding); only
 * the glyphs used are embedded, so the file renders on a machine with no Japanese font.
 */
@Component
public class CampaignPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    static final String FONT = "fonts/ipaexg.ttf";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final BaseFont font;

    CampaignPdf() {
        try (InputStream in = CampaignPdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the bundled Japanese font " + FONT + " is missing from the classpath");
            }
            this.font = BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(CampaignExport export, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            CampaignSummary campaign = export.campaign();
            document.addTitle("自己評価 " + campaign.name());
            document.addCreator("Taisei");
            document.open();
            Font title = new Font(font, 16, Font.BOLD);
            Font body = new Font(font, 9);
            Font small = new Font(font, 7.5f);
            Font bold = new Font(font, 8, Font.BOLD);
            document.add(new Paragraph("自己評価: " + campaign.name(), title));
            document.add(new Paragraph("対象法人: " + nullToEmpty(campaign.legalEntityName())
                    + "　期間: " + campaign.periodFrom() + " 〜 " + campaign.periodTo()
                    + "　ガイドライン版: " + campaign.catalogRevision(), body));
            document.add(new Paragraph("状態: " + CampaignWorkbook.statusJa(campaign.status())
                    + "　評価者: " + String.join(", ", campaign.assessors())
                    + "　レビュー担当: " + campaign.reviewer()
                    + (campaign.signedOffBy() == null ? ""
                    : "　承認: " + campaign.signedOffBy() + " " + TIME.format(campaign.signedOffAt())), body));
            if (campaign.snapshotSha256() != null) {
                document.add(new Paragraph("スナップショット SHA-256: " + campaign.snapshotSha256(), small));
            }
            document.add(new Paragraph(" ", small));

            PdfPTable table = new PdfPTable(new float[]{7, 5, 22, 6, 24, 16, 16});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : List.of("項目ID", "種別", "要約", "評価", "コメント・理由", "証跡", "是正措置")) {
                PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
                table.addCell(cell);
            }
            for (CampaignExport.Row row : export.rows()) {
                AssessmentSummary item = row.item();
                table.addCell(new Phrase(item.itemKey(), small));
                table.addCell(new Phrase(item.kind().name().equals("FUNDAMENTAL") ? "基本" : "望ましい", small));
                table.addCell(new Phrase(nullToEmpty(item.summaryJa()), small));
                PdfPCell status = new PdfPCell(new Phrase((item.status() == null ? "未回答"
                        : CampaignWorkbook.answerJa(item.status())) + (row.contradicted() ? "\n(指標と不整合)" : ""), small));
                status.setHorizontalAlignment(Element.ALIGN_CENTER);
                status.setBackgroundColor(colour(item.status()));
                table.addCell(status);
                table.addCell(new Phrase(join(item.comment(), item.notApplicableReason(), item.maturityNote()), small));
                table.addCell(new Phrase(row.evidence().stream().map(e -> e.kind() == EvidenceKind.LINK
                        ? e.label() + " " + e.href() : e.label() + " (SHA-256 " + e.sha256().substring(0, 12) + "…)")
                        .collect(Collectors.joining("\n")), small));
                table.addCell(new Phrase(row.remediation().stream().map(r -> (r.done() ? "[完了] " : "")
                        + r.text() + (r.dueOn() == null ? "" : " 期限 " + r.dueOn()))
                        .collect(Collectors.joining("\n")), small));
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("the assessment PDF could not be laid out", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static Color colour(AssessmentStatus status) {
        if (status == null) {
            return Color.WHITE;
        }
        return switch (status) {
            case MET -> new Color(0xB7, 0xE4, 0xC7);
            case PARTIALLY_MET -> new Color(0xFF, 0xE8, 0xA1);
            case NOT_MET -> new Color(0xF5, 0xB7, 0xB1);
            case NOT_APPLICABLE -> new Color(0xE9, 0xEC, 0xEF);
        };
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
