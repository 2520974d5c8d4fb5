package io.taisei.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as Excel opens it: UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting. Cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) are prefixed with a single quote, so an
 * exported trail can never execute something a user typed into a record.
 */
public final class CsvExport {

    public static final String BOM = "\uFEFF";

    private CsvExport() {
    }

    public static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            safe = "'" + value;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
