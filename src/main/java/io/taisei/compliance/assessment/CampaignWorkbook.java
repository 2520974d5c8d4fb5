package io.taisei.compliance.assessment;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A campaign as an xlsx workbook for the board pack and supervisors' questionnaires: Japanese headers, one row per
 * item in guideline order, written by streaming SXSSF.
 */
@Component
public class CampaignWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "自己評価";
    static final List<String> HEADERS = List.of("項目ID", "節", "種別", "要約", "評価", "非該当の理由", "成熟度",
            "コメント", "担当者", "証跡", "是正措置", "指標との不整合", "レビュー指摘", "回答者", "回答日時");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    public void write(CampaignExport export, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            CampaignSummary campaign = export.campaign();
            int r = 0;
            Row title = sheet.createRow(r++);
            cell(title, 0, "キャンペーン", bold);
            cell(title, 1, campaign.name(), null);
            Row scope = sheet.createRow(r++);
            cell(scope, 0, "対象法人", bold);
            cell(scope, 1, campaign.legalEntityName(), null);
            cell(scope, 2, "期間", bold);
            cell(scope, 3, campaign.periodFrom() + " 〜 " + campaign.periodTo(), null);
            Row state = sheet.createRow(r++);
            cell(state, 0, "状態", bold);
            cell(state, 1, statusJa(campaign.status()), null);
            cell(state, 2, "承認者", bold);
            cell(state, 3, campaign.signedOffBy(), null);
            cell(state, 4, "スナップショットSHA-256", bold);
            cell(state, 5, campaign.snapshotSha256(), null);
            r++;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < HEADERS.size(); i++) {
                cell(header, i, HEADERS.get(i), bold);
            }
            for (CampaignExport.Row row : export.rows()) {
                AssessmentSummary item = row.item();
                Row line = sheet.createRow(r++);
                int c = 0;
                cell(line, c++, item.itemKey(), null);
                cell(line, c++, item.sectionNumber(), null);
                cell(line, c++, item.kind().name().equals("FUNDAMENTAL") ? "基本的な対応事項" : "対応が望ましい事項", null);
                cell(line, c++, item.summaryJa(), wrap);
                cell(line, c++, item.status() == null ? "未回答" : answerJa(item.status()), null);
                cell(line, c++, item.notApplicableReason(), wrap);
                cell(line, c++, item.maturityNote(), wrap);
                cell(line, c++, item.comment(), wrap);
                cell(line, c++, item.owner(), null);
                cell(line, c++, row.evidence().stream().map(CampaignWorkbook::evidence)
                        .collect(Collectors.joining("\n")), wrap);
                cell(line, c++, row.remediation().stream().map(CampaignWorkbook::remediation)
                        .collect(Collectors.joining("\n")), wrap);
                cell(line, c++, row.contradicted() ? "あり" : "", null);
                cell(line, c++, item.challenge(), wrap);
                cell(line, c++, item.answeredBy(), null);
                cell(line, c, item.answeredAt() == null ? null : TIME.format(item.answeredAt()), null);
            }
            sheet.createFreezePane(1, 5);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String evidence(EvidenceSummary e) {
        return e.kind() == EvidenceKind.LINK ? e.label() + " (" + e.href() + ")"
                : e.label() + " [" + e.fileName() + ", SHA-256 " + e.sha256() + "]";
    }

    private static String remediation(RemediationSummary r) {
        return (r.done() ? "[完了] " : "[未完了] ") + r.text()
                + (r.owner() == null ? "" : " / 担当: " + r.owner())
                + (r.dueOn() == null ? "" : " / 期限: " + r.dueOn());
    }

    static String answerJa(AssessmentStatus status) {
        return switch (status) {
            case MET -> "対応済";
            case PARTIALLY_MET -> "一部対応";
            case NOT_MET -> "未対応";
            case NOT_APPLICABLE -> "非該当";
        };
    }

    static String statusJa(CampaignStatus status) {
        return switch (status) {
            case DRAFT -> "作成中";
            case SUBMITTED -> "レビュー待ち";
            case REVIEWED -> "レビュー済";
            case SIGNED_OFF -> "承認済";
        };
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
