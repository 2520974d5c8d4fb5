package io.taisei.asset.transfer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of an xlsx with the SAX event API (the sheet is never held in memory) or a CSV record by
 * record, under limits: a file that is not a zip, a zip bomb (POI's inflate-ratio and entry-size guards), too many
 * rows, or CSV that is not UTF-8 is refused as a whole.
 */
final class SheetReader {

    /** Entries expanding more than 100 times are treated as a bomb; no sheet of a ledger comes close. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;

    private SheetReader() {
    }

    static void read(File file, Format format, int maxRows, RowSink sink) throws IOException {
        if (format == Format.CSV) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file.toPath()))) {
                readCsv(in, maxRows, sink);
            }
        } else {
            readXlsx(file, maxRows, sink);
        }
    }

    private static void readXlsx(File file, int maxRows, RowSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            byte[] magic = in.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new FileRefused("asset.import.notXlsx");
            }
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new FileRefused("asset.import.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                sink.sheet(sheets.getSheetName());
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, maxRows, sink));
                parser.parse(new InputSource(sheet));
            }
        } catch (FileRefused refused) {
            throw refused;
        } catch (NotOfficeXmlFileException | InvalidFormatException notXlsx) {
            throw new FileRefused("asset.import.notXlsx");
        } catch (Exception failure) {
            if (isZipBomb(failure)) {
                throw new FileRefused("asset.import.zipBomb");
            }
            if (failure.getCause() instanceof FileRefused refused) {
                throw refused;
            }
            throw new FileRefused("asset.import.unreadable");
        }
    }

    private static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
                    || message.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }

    private static void readCsv(InputStream in, int maxRows, RowSink sink) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        sink.sheet("CSV");
        try (CSVParser parser = CSVFormat.EXCEL.builder().get().parse(reader)) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                if (row > maxRows + 1) {
                    throw new FileRefused("asset.import.tooManyRows", maxRows);
                }
                List<String> cells = record.toList();
                for (int column = 0; column < cells.size(); column++) {
                    // a CSV cell starting with = is a formula once Excel opens the file
                    if (cells.get(column).startsWith("=")) {
                        sink.formula(row, column);
                    }
                }
                sink.row(row, cells);
            }
        } catch (CharacterCodingException | java.io.UncheckedIOException notUtf8) {
            throw new FileRefused("asset.import.encoding");
        } catch (IllegalStateException malformed) {
            throw new FileRefused("asset.import.unreadable");
        }
    }

    /** The SAX handler of one worksheet: collects the cells of each row and reports formula cells. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final int maxRows;
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowNumber;
        private int nextRow = 1;
        private int column;
        private String type;
        private boolean inValue;
        private boolean formula;
        private int rows;

        SheetHandler(ReadOnlySharedStringsTable strings, int maxRows, RowSink sink) {
            this.strings = strings;
            this.maxRows = maxRows;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRow : Integer.parseInt(r);
                    cells.clear();
                    if (++rows > maxRows + 1) {
                        throw new FileRefused("asset.import.tooManyRows", maxRows);
                    }
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : column(ref);
                    type = attributes.getValue("t");
                    formula = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    if (formula) {
                        sink.formula(rowNumber, column);
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(value());
                }
                case "row" -> {
                    sink.row(rowNumber, List.copyOf(cells));
                    nextRow = rowNumber + 1;
                }
                default -> {
                }
            }
        }

        /** The 0-based column of a cell reference such as {@code AB12} (what {@code CellReference} reads, faster). */
        private int column(String ref) {
            int column = 0;
            int i = 0;
            while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
                column = column * 26 + ref.charAt(i++) - 'A' + 1;
            }
            return i == 0 ? new CellReference(ref).getCol() : column - 1;
        }

        private String value() {
            String raw = text.toString();
            if ("s".equals(type)) {
                try {
                    return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                } catch (RuntimeException badIndex) {
                    return "";
                }
            }
            if ("b".equals(type)) {
                return "1".equals(raw) ? "TRUE" : "FALSE";
            }
            return raw;
        }
    }
}
