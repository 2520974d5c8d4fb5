package io.taisei.asset.transfer;

import io.taisei.asset.AssetManagement;
import io.taisei.asset.Ledger;
import io.taisei.asset.internal.SoftwareChanges;
import io.taisei.organization.OrganizationManagement;
import io.taisei.platform.RuleViolationException;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
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
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.annotation.ElementType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every ledger as a file: template and export (xlsx with Japanese headers written by streaming SXSSF, or CSV UTF-8
 * with BOM so that Excel opens it), and import matched by code. An import reads and checks every row before it writes
 * anything, then writes all rows in one transaction — or, when the user chose so, only the rows without problems.
 * What differs between ledgers is in their {@link LedgerLayout}.
 */
@Service
@EnableConfigurationProperties(TransferSettings.class)
public class LedgerFiles {

    private static final int CHUNK = 500;
    /** Rows handed to the ledger's {@link LedgerLayout.Writer} at a time. */
    private static final int WRITE_CHUNK = 100;
    /** Drafts are plain records, never entities: every property is there to validate. */
    private static final TraversableResolver EVERYTHING_REACHABLE = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    };

    private final Map<Ledger, LedgerLayout<?, ?>> layouts = new EnumMap<>(Ledger.class);
    private final AssetManagement assets;
    private final OrganizationManagement organization;
    private final Labels labels;
    /**
     * The application's validation (same constraints and messages), except that it does not ask JPA whether each
     * property of a draft is loaded — drafts are plain records, never entities, and with Hibernate on the class path
     * the default resolver asks for every property of every row.
     */
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final EntityManager entities;
    private final TransferSettings settings;
    private final SoftwareChanges changes;

    LedgerFiles(List<LedgerLayout<?, ?>> layouts, AssetManagement assets, OrganizationManagement organization,
                Labels labels, ValidatorFactory validators, PlatformTransactionManager transactions, EntityManager entities,
                TransferSettings settings, SoftwareChanges changes) {
        layouts.forEach(layout -> this.layouts.put(layout.ledger(), layout));
        this.assets = assets;
        this.organization = organization;
        this.labels = labels;
        this.validator = validators.usingContext().traversableResolver(EVERYTHING_REACHABLE).getValidator();
        this.transaction = new TransactionTemplate(transactions);
        this.entities = entities;
        this.settings = settings;
        this.changes = changes;
    }

    public TransferSettings settings() {
        return settings;
    }

    /** The column headers of a ledger's file, in order. */
    public List<String> headers(Ledger ledger) {
        return layout(ledger).columns().stream().map(Column::header).toList();
    }

    private LedgerLayout<?, ?> layout(Ledger ledger) {
        LedgerLayout<?, ?> layout = layouts.get(ledger);
        if (layout == null) {
            throw new IllegalStateException("no file layout for " + ledger);
        }
        return layout;
    }

    // --- out ---------------------------------------------------------------------------------------------------

    /** Writes the ledger (all records, or none for the template) to {@code out}. */
    public void write(Ledger ledger, Format format, boolean template, OutputStream out) throws IOException {
        write(layout(ledger), format, template, out);
    }

    private <S> void write(LedgerLayout<S, ?> layout, Format format, boolean template, OutputStream out)
            throws IOException {
        Lookups lookups = new Lookups(assets, organization);
        List<String> headers = headers(layout.ledger());
        if (format == Format.CSV) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
            csv.printRecord(headers);
            if (!template) {
                each(layout, record -> {
                    try {
                        csv.printRecord(layout.cells(record, lookups).stream().map(LedgerFiles::defuse).toList());
                    } catch (IOException failed) {
                        throw new UncheckedIOException(failed);
                    }
                });
            }
            csv.flush();
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(layout.sheet());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            if (!template) {
                each(layout, record -> {
                    Row row = sheet.createRow(next[0]++);
                    List<String> cells = layout.cells(record, lookups);
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

    private static <S> void each(LedgerLayout<S, ?> layout, Consumer<S> action) {
        int page = 0;
        Page<S> chunk;
        do {
            chunk = layout.page(PageRequest.of(page++, CHUNK, Sort.by("code", "id")));
            chunk.forEach(action);
        } while (chunk.hasNext());
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
     * Reads, checks and (when allowed) writes a ledger file. File-level refusals (not an xlsx, zip bomb, too large,
     * too many rows, wrong encoding) come back as a report with one problem and nothing written.
     */
    public ImportReport importFile(Ledger ledger, File file, long size, Format format, ImportMode mode, Locale locale) {
        return importFile(layout(ledger), file, size, format, mode, locale);
    }

    private <D> ImportReport importFile(LedgerLayout<?, D> layout, File file, long size, Format format,
                                        ImportMode mode, Locale locale) {
        Collector<D> collector = new Collector<>(layout, locale);
        try {
            if (size > settings.maxBytes()) {
                throw new FileRefused("asset.import.tooLarge", settings.maxBytes() / (1024 * 1024));
            }
            SheetReader.read(file, format, settings.maxRows(), collector);
        } catch (FileRefused refused) {
            return refusal(collector.sheet, labels.message(refused.messageKey(), refused.arguments(), locale));
        } catch (IOException unreadable) {
            return refusal(collector.sheet, labels.message("asset.import.unreadable", null, locale));
        }
        if (!collector.headerSeen && collector.problems.isEmpty()) {
            collector.problem(1, "", "asset.import.header.missingRow");
        }
        boolean headerBroken = collector.problems.stream().anyMatch(p -> p.row() <= collector.headerRow);
        Set<Integer> badRows = new HashSet<>();
        collector.problems.forEach(p -> badRows.add(p.row()));
        int rowsRead = collector.rows.size();
        List<D> drafts = collector.takeDrafts(badRows);
        int skipped = rowsRead - drafts.size();
        if (headerBroken || (!collector.problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) || drafts.isEmpty()) {
            return new ImportReport(List.copyOf(collector.problems), 0, 0, skipped, false);
        }
        int[] counts = new int[2];
        transaction.executeWithoutResult(status -> changes.batched(() -> {
            LedgerLayout.Writer<D> writer = layout.writer(drafts);
            for (int from = 0; from < drafts.size(); from += WRITE_CHUNK) {
                int to = Math.min(drafts.size(), from + WRITE_CHUNK);
                List<D> chunk = drafts.subList(from, to);
                int created = writer.write(chunk);
                counts[0] += created;
                counts[1] += chunk.size() - created;
                // a ledger saved through JPA flushed each save already; letting go of the saved entities keeps memory
                // flat, and spares every following query Hibernate's dirty check of all entities saved so far (it
                // made imports quadratic)
                entities.flush();
                entities.clear();
                // the written drafts go too: while the database holds the growing transaction, the heap no longer
                // holds every row of the file
                for (int i = from; i < to; i++) {
                    drafts.set(i, null);
                }
            }
            return null;
        }));
        return new ImportReport(List.copyOf(collector.problems), counts[0], counts[1], skipped, true);
    }

    private static ImportReport refusal(String sheet, String reason) {
        return new ImportReport(List.of(new ImportReport.Problem(sheet, 0, "", reason)), 0, 0, 0, false);
    }

    record Parsed<D>(int row, D draft) {
    }

    /** Turns rows into drafts as they stream in, collecting every problem with its row and column. */
    private final class Collector<D> implements RowSink {

        private final LedgerLayout<?, D> layout;
        private final Locale locale;
        private final Lookups lookups = new Lookups(assets, organization);
        private final List<ImportReport.Problem> problems = new ArrayList<>();
        private final List<Parsed<D>> rows = new ArrayList<>();
        private final Map<Column, Integer> positions = new HashMap<>();
        private final Map<String, Integer> codesSeen = new HashMap<>();
        private final Column codeColumn;
        private final long requiredColumns;
        private String sheet;
        private boolean headerSeen;
        private int headerRow = 1;
        private int row;

        Collector(LedgerLayout<?, D> layout, Locale locale) {
            this.layout = layout;
            this.locale = locale;
            this.sheet = layout.sheet();
            this.codeColumn = layout.columns().get(0);
            this.requiredColumns = layout.columns().stream().filter(Column::requiredOnImport).count();
        }

        @Override
        public void sheet(String name) {
            sheet = name;
        }

        @Override
        public void formula(int rowNumber, int columnIndex) {
            problem(rowNumber, columnName(columnIndex), "asset.import.formula");
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            row = rowNumber;
            boolean blank = cells.stream().allMatch(c -> c == null || c.isBlank());
            if (!headerSeen) {
                if (!blank) {
                    headerSeen = true;
                    headerRow = rowNumber;
                    header(cells);
                }
                return;
            }
            if (blank || positions.size() < requiredColumns) {
                return;
            }
            int before = problems.size();
            String code = new RowValues(cells, positions, this::problem).text(codeColumn);
            if (code != null) {
                Integer first = codesSeen.putIfAbsent(code.toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    problem(codeColumn.header(), "asset.import.duplicateKey", code, first);
                }
            }
            D draft = layout.draft(new RowValues(cells, positions, this::problem), lookups);
            if (problems.size() == before) {
                validate(draft);
            }
            rows.add(new Parsed<>(rowNumber, problems.size() == before ? draft : null));
        }

        /**
         * The drafts of the rows without problems, in file order, in a list of their own that the caller may empty as
         * it writes them; the parsed rows are let go.
         */
        List<D> takeDrafts(Set<Integer> badRows) {
            List<D> drafts = new ArrayList<>(rows.size());
            for (Parsed<D> parsed : rows) {
                if (!badRows.contains(parsed.row())) {
                    drafts.add(parsed.draft());
                }
            }
            rows.clear();
            return drafts;
        }

        private void header(List<String> cells) {
            Map<String, Column> byHeader = new HashMap<>();
            layout.columns().forEach(column -> byHeader.put(column.header(), column));
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i) == null ? "" : cells.get(i).strip();
                if (name.isEmpty()) {
                    continue;
                }
                Column column = byHeader.get(name);
                if (column == null) {
                    problem(name, "asset.import.header.unknown", name);
                } else if (positions.putIfAbsent(column, i) != null) {
                    problem(name, "asset.import.header.duplicate", name);
                }
            }
            for (Column column : layout.columns()) {
                if (column.requiredOnImport() && !positions.containsKey(column)) {
                    problem(column.header(), "asset.import.header.missing", column.header());
                }
            }
        }

        private void validate(D draft) {
            int before = problems.size();
            for (ConstraintViolation<D> violation : validator.validate(draft)) {
                problems.add(new ImportReport.Problem(sheet, row, header(violation.getPropertyPath().toString()),
                        violation.getMessage()));
            }
            if (problems.size() == before) {
                try {
                    layout.check(draft, lookups);
                } catch (RuleViolationException violation) {
                    problems.add(new ImportReport.Problem(sheet, row, header(violation.field()),
                            labels.message(violation.messageKey(), violation.arguments(), locale)));
                }
            }
        }

        private String header(String field) {
            return layout.columns().stream().filter(c -> c.concerns(field)).map(Column::header).findFirst().orElse("");
        }

        private String columnName(int index) {
            for (var entry : positions.entrySet()) {
                if (entry.getValue() == index) {
                    return entry.getKey().header();
                }
            }
            return CellReference.convertNumToColString(index);
        }

        void problem(String column, String key, Object... arguments) {
            problem(row, column, key, arguments);
        }

        void problem(int atRow, String column, String key, Object... arguments) {
            problems.add(new ImportReport.Problem(sheet, atRow, column, labels.message(key, arguments, locale)));
        }
    }
}
