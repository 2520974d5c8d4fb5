package io.taisei.audit;

import io.taisei.audit.internal.CsvExport;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @Test
    void cellsWithSeparatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvExport.cell("plain")).isEqualTo("plain");
        assertThat(CsvExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.cell("line1\nline2")).isEqualTo("\"line1\nline2\"");
        assertThat(CsvExport.cell("{\"a\":1,\"b\":2}")).isEqualTo("\"{\"\"a\"\":1,\"\"b\"\":2}\"");
        assertThat(CsvExport.cell(null)).isEmpty();
        assertThat(CsvExport.cell("日本語")).isEqualTo("日本語");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaArePrefixedWithAQuote() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvExport.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void rowsEndWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        CsvExport.row(out, Arrays.asList("1", null, "x,y"));
        assertThat(out.toString()).isEqualTo("1,,\"x,y\"\r\n");
    }
}
