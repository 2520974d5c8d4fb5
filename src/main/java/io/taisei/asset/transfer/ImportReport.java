package io.taisei.asset.transfer;

import java.util.List;

/**
 * What an import did: the problems found (sheet, row, column, reason in the caller's language), how many records
 * were created and updated, and whether anything was written at all.
 */
public record ImportReport(List<Problem> problems, int created, int updated, int skippedRows, boolean written) {

    public record Problem(String sheet, int row, String column, String reason) {
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
