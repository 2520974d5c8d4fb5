package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.Environment;
import io.taisei.asset.Importance;
import io.taisei.asset.LifecycleStatus;
import io.taisei.asset.Rating;
import io.taisei.asset.ServiceKind;
import io.taisei.asset.SystemDraft;
import io.taisei.asset.SystemFilter;
import io.taisei.asset.SystemKind;
import io.taisei.asset.SystemSummary;
import io.taisei.asset.internal.SystemService;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The systems ledger as a file: template and export (xlsx with Japanese headers written by streaming SXSSF, or CSV
 * UTF-8 with BOM so that Excel opens it), and import matched by code. An import reads and checks every row before it
 * writes anything, then writes all rows in one transaction — or, when the user chose so, only the rows without problems.
 */
@Service
@EnableConfigurationProperties(TransferSettings.class)
public class SystemLedgerFile {

    static final String SHEET = "情報システム";
    private static final int CHUNK = 500;

    private final AssetManagement assets;
    private final SystemService systems;
    private final OrganizationManagement organization;
    private final Labels labels;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final TransferSettings settings;

    SystemLedgerFile(AssetManagement assets, SystemService systems, OrganizationManagement organization, Labels labels,
                     Validator validator, PlatformTransactionManager transactions, TransferSettings settings) {
        this.assets = assets;
        this.systems = systems;
        this.organization = organization;
        this.labels = labels;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    public TransferSettings settings() {
        return settings;
    }

    // --- out ---------------------------------------------------------------------------------------------------

    /** Writes the ledger (all records, or none for the template) to {@code out}. */
    public void write(Format format, boolean template, OutputStream out) throws IOException {
        OrganizationCodes codes = new OrganizationCodes(organization);
        if (format == Format.CSV) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(headers());
            if (!template) {
                each(system -> {
                    try {
                        csv.printRecord(cells(system, codes).stream().map(SystemLedgerFile::defuse).toList());
                    } catch (IOException failed) {
                        throw new java.io.UncheckedIOException(failed);
                    }
                });
            }
            csv.flush();
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            if (!template) {
                each(system -> {
                    Row row = sheet.createRow(next[0]++);
                    List<String> cells = cells(system, codes);
                    for (int i = 0; i < cells.size(); i++) {
                        // always text cells: a value is never written as a formula
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                });
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private void each(java.util.function.Consumer<SystemSummary> action) {
        int page = 0;
        Page<SystemSummary> chunk;
        do {
            chunk = assets.systems(SystemFilter.none(), PageRequest.of(page++, CHUNK, Sort.by("code", "id")));
            chunk.forEach(action);
        } while (chunk.hasNext());
    }

    static List<String> headers() {
        return java.util.Arrays.stream(SystemColumn.values()).map(c -> c.header).toList();
    }

    private List<String> cells(SystemSummary s, OrganizationCodes codes) {
        List<String> cells = new ArrayList<>();
        cells.add(s.code());
        cells.add(text(s.name()));
        cells.add(text(s.purpose()));
        cells.add(labels.label("asset.systemKind.", s.kind()));
        cells.add(codes.legalEntityCode(s.legalEntityId()));
        cells.add(codes.departmentCode(s.departmentId()));
        cells.add(codes.personCode(s.ownerId()));
        cells.add(labels.label("asset.lifecycle.", s.lifecycle()));
        cells.add(labels.label("asset.importance.", s.importance()));
        cells.add(labels.label("asset.rating.", s.confidentiality()));
        cells.add(labels.label("asset.rating.", s.integrity()));
        cells.add(labels.label("asset.rating.", s.availability()));
        cells.add(s.protectionPriority().name());
        cells.add(s.internetExposed() ? "はい" : "いいえ");
        cells.add(labels.label("asset.environment.", s.environment()));
        cells.add(s.rtoMinutes() == null ? "" : s.rtoMinutes().toString());
        cells.add(s.rpoMinutes() == null ? "" : s.rpoMinutes().toString());
        cells.add(labels.label("asset.serviceKind.", s.serviceKind()));
        cells.add(text(s.provider()));
        cells.add(text(s.sharedResponsibility()));
        cells.add(text(s.contractReference()));
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A CSV cell that Excel would run as a formula is written as text (CSV injection). */
    static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    // --- in ----------------------------------------------------------------------------------------------------

    /**
     * Reads, checks and (when allowed) writes a systems ledger file. File-level refusals (not an xlsx, zip bomb,
     * too large, too many rows, wrong encoding) come back as a report with one problem and nothing written.
     */
    public ImportReport importFile(File file, long size, Format format, ImportMode mode, Locale locale) {
        Collector collector = new Collector(locale);
        try {
            if (size > settings.maxBytes()) {
                throw new FileRefused("asset.import.tooLarge", settings.maxBytes() / (1024 * 1024));
            }
            SheetReader.read(file, format, settings.maxRows(), collector);
        } catch (FileRefused refused) {
            return new ImportReport(List.of(new ImportReport.Problem(collector.sheet, 0, "",
                    labels.message(refused.messageKey(), refused.arguments(), locale))), 0, 0, 0, false);
        } catch (IOException unreadable) {
            return new ImportReport(List.of(new ImportReport.Problem(collector.sheet, 0, "",
                    labels.message("asset.import.unreadable", null, locale))), 0, 0, 0, false);
        }
        if (!collector.headerSeen && collector.problems.isEmpty()) {
            collector.problem(1, "", "asset.import.header.missingRow");
        }
        boolean headerBroken = collector.problems.stream().anyMatch(p -> p.row() <= collector.headerRow);
        Set<Integer> badRows = new HashSet<>();
        collector.problems.forEach(p -> badRows.add(p.row()));
        List<Parsed> writable = collector.rows.stream().filter(r -> !badRows.contains(r.row())).toList();
        if (headerBroken || (!collector.problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) || writable.isEmpty()) {
            return new ImportReport(List.copyOf(collector.problems), 0, 0, collector.rows.size() - writable.size(), false);
        }
        int[] counts = new int[2];
        transaction.executeWithoutResult(status -> {
            for (Parsed parsed : writable) {
                var existing = assets.systemByCode(parsed.draft().code());
                if (existing.isPresent()) {
                    assets.updateSystem(existing.get().id(), parsed.draft(), null);
                    counts[1]++;
                } else {
                    assets.createSystem(parsed.draft());
                    counts[0]++;
                }
            }
        });
        return new ImportReport(List.copyOf(collector.problems), counts[0], counts[1],
                collector.rows.size() - writable.size(), true);
    }

    record Parsed(int row, SystemDraft draft) {
    }

    /** Turns rows into drafts as they stream in, collecting every problem with its row and column. */
    private final class Collector implements RowSink {

        private final Locale locale;
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private final List<Parsed> rows = new ArrayList<>();
        private final Map<SystemColumn, Integer> positions = new EnumMap<>(SystemColumn.class);
        private final Map<String, Integer> codesSeen = new HashMap<>();
        private final OrganizationCodes codes = new OrganizationCodes(organization);
        private final Map<String, SystemKind> kinds = labels.parser("asset.systemKind.", SystemKind.class);
        private final Map<String, LifecycleStatus> lifecycles = labels.parser("asset.lifecycle.", LifecycleStatus.class);
        private final Map<String, Importance> importances = labels.parser("asset.importance.", Importance.class);
        private final Map<String, Rating> ratings = labels.parser("asset.rating.", Rating.class);
        private final Map<String, Environment> environments = labels.parser("asset.environment.", Environment.class);
        private final Map<String, ServiceKind> serviceKinds = labels.parser("asset.serviceKind.", ServiceKind.class);
        private String sheet = SHEET;
        private boolean headerSeen;
        private int headerRow = 1;
        private int row;

        Collector(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void sheet(String name) {
            sheet = name;
        }

        @Override
        public void formula(int rowNumber, int columnIndex) {
            problems.add(new ImportReport.Problem(sheet, rowNumber, columnName(columnIndex),
                    labels.message("asset.import.formula", null, locale)));
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            row = rowNumber;
            if (!headerSeen) {
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    return;
                }
                headerSeen = true;
                headerRow = rowNumber;
                header(cells);
                return;
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank()) || positions.size() < requiredColumns()) {
                return;
            }
            int before = problems.size();
            SystemDraft draft = draft(cells);
            if (draft != null && problems.size() == before) {
                validate(draft);
            }
            if (draft != null && problems.size() == before) {
                rows.add(new Parsed(rowNumber, draft));
            } else {
                rows.add(new Parsed(rowNumber, null));
            }
        }

        private long requiredColumns() {
            return java.util.Arrays.stream(SystemColumn.values()).filter(SystemColumn::requiredOnImport).count();
        }

        private void header(List<String> cells) {
            Map<String, SystemColumn> byHeader = new HashMap<>();
            for (SystemColumn column : SystemColumn.values()) {
                byHeader.put(column.header, column);
            }
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i) == null ? "" : cells.get(i).strip();
                if (name.isEmpty()) {
                    continue;
                }
                SystemColumn column = byHeader.get(name);
                if (column == null) {
                    problem(name, "asset.import.header.unknown", name);
                } else if (positions.putIfAbsent(column, i) != null) {
                    problem(name, "asset.import.header.duplicate", name);
                }
            }
            for (SystemColumn column : SystemColumn.values()) {
                if (column.requiredOnImport() && !positions.containsKey(column)) {
                    problem(column.header, "asset.import.header.missing", column.header);
                }
            }
        }

        private SystemDraft draft(List<String> cells) {
            String code = value(cells, SystemColumn.CODE);
            if (code != null) {
                Integer first = codesSeen.putIfAbsent(code.toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    problem(SystemColumn.CODE.header, "asset.import.duplicateKey", code, first);
                }
            }
            Long legalEntity = reference(cells, SystemColumn.LEGAL_ENTITY, codes::legalEntity);
            Long department = reference(cells, SystemColumn.DEPARTMENT, codes::department);
            Long owner = reference(cells, SystemColumn.OWNER, codes::person);
            return new SystemDraft(code, value(cells, SystemColumn.NAME), value(cells, SystemColumn.PURPOSE),
                    choice(cells, SystemColumn.KIND, kinds), legalEntity, department, owner,
                    choice(cells, SystemColumn.LIFECYCLE, lifecycles), choice(cells, SystemColumn.IMPORTANCE, importances),
                    choice(cells, SystemColumn.CONFIDENTIALITY, ratings), choice(cells, SystemColumn.INTEGRITY, ratings),
                    choice(cells, SystemColumn.AVAILABILITY, ratings), bool(cells, SystemColumn.INTERNET_EXPOSED),
                    choice(cells, SystemColumn.ENVIRONMENT, environments), integer(cells, SystemColumn.RTO),
                    integer(cells, SystemColumn.RPO), choice(cells, SystemColumn.SERVICE_KIND, serviceKinds),
                    value(cells, SystemColumn.PROVIDER), value(cells, SystemColumn.SHARED_RESPONSIBILITY),
                    value(cells, SystemColumn.CONTRACT));
        }

        private void validate(SystemDraft draft) {
            for (ConstraintViolation<SystemDraft> violation : validator.validate(draft)) {
                SystemColumn column = SystemColumn.ofField(violation.getPropertyPath().toString());
                problems.add(new ImportReport.Problem(sheet, row, column == null ? "" : column.header,
                        violation.getMessage()));
            }
            if (problems.isEmpty() || problems.get(problems.size() - 1).row() != row) {
                try {
                    systems.check(draft);
                } catch (RuleViolationException violation) {
                    SystemColumn column = SystemColumn.ofField(violation.field());
                    problems.add(new ImportReport.Problem(sheet, row, column == null ? "" : column.header,
                            labels.message(violation.messageKey(), violation.arguments(), locale)));
                }
            }
        }

        private String value(List<String> cells, SystemColumn column) {
            Integer position = positions.get(column);
            if (position == null || position >= cells.size() || cells.get(position) == null) {
                return null;
            }
            String value = cells.get(position).strip();
            return value.isEmpty() ? null : value;
        }

        private <E> E choice(List<String> cells, SystemColumn column, Map<String, E> byText) {
            String text = value(cells, column);
            if (text == null) {
                return null;
            }
            E value = byText.get(text.toLowerCase(Locale.ROOT));
            if (value == null) {
                problem(column.header, "asset.import.unknownValue", text);
            }
            return value;
        }

        private boolean bool(List<String> cells, SystemColumn column) {
            String text = value(cells, column);
            if (text == null) {
                return false;
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "はい", "true", "yes", "1", "○", "あり" -> true;
                case "いいえ", "false", "no", "0", "×", "なし" -> false;
                default -> {
                    problem(column.header, "asset.import.notBoolean", text);
                    yield false;
                }
            };
        }

        private Integer integer(List<String> cells, SystemColumn column) {
            String text = value(cells, column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text).intValueExact();
            } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
                problem(column.header, "asset.import.notInteger", text);
                return null;
            }
        }

        private Long reference(List<String> cells, SystemColumn column,
                               java.util.function.Function<String, java.util.Optional<Long>> lookup) {
            String code = value(cells, column);
            if (code == null) {
                return null;
            }
            var id = lookup.apply(code);
            if (id.isEmpty()) {
                problem(column.header, "asset.import.unknownCode", code);
            }
            return id.orElse(null);
        }

        private String columnName(int index) {
            for (var entry : positions.entrySet()) {
                if (entry.getValue() == index) {
                    return entry.getKey().header;
                }
            }
            return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
        }

        void problem(String column, String key, Object... arguments) {
            problem(row, column, key, arguments);
        }

        void problem(int atRow, String column, String key, Object... arguments) {
            problems.add(new ImportReport.Problem(sheet, atRow, column, labels.message(key, arguments, locale)));
        }
    }
}
