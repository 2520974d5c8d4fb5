package io.taisei.asset.transfer;

import java.util.List;

/** Receives a sheet row by row (1-based row numbers as Excel shows them); a formula cell is reported, not read. */
interface RowSink {

    void sheet(String name);

    void row(int rowNumber, List<String> cells);

    void formula(int rowNumber, int columnIndex);
}
