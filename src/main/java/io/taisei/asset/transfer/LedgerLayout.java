package io.taisei.asset.transfer;

import io.taisei.asset.Ledger;
import io.taisei.platform.RuleViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.util.List;
import java.util.function.Predicate;

/**
 * How one ledger looks as a file: its sheet, its columns in order, how a record becomes cells and a row becomes a
 * draft, and how a checked draft is saved. {@link LedgerFiles} does the reading, writing and all-or-nothing import
 * for every ledger through this.
 *
 * @param <S> the record as the module's API returns it
 * @param <D> the draft that creates or updates it
 */
abstract class LedgerLayout<S, D> {

    private final Ledger ledger;
    private final String sheet;
    private final List<Column> columns;

    protected LedgerLayout(Ledger ledger, String sheet, Column... columns) {
        this.ledger = ledger;
        this.sheet = sheet;
        this.columns = List.of(columns);
    }

    final Ledger ledger() {
        return ledger;
    }

    final String sheet() {
        return sheet;
    }

    final List<Column> columns() {
        return columns;
    }

    /** One page of the records in a stable order (by code), for export. */
    abstract Page<S> page(Pageable pageable);

    /** The record's cells, in the order of {@link #columns()}. */
    abstract List<String> cells(S record, Lookups lookups);

    /** The draft a row describes; unreadable cells are reported through {@code row} and come back as null. */
    abstract D draft(RowValues row, Lookups lookups);

    /**
     * The rules beyond field validation (references exist, dates in order…), as the ledger's service applies them;
     * {@code lookups} remembers what was looked up for the length of the import.
     */
    abstract void check(D draft, Lookups lookups) throws RuleViolationException;

    /**
     * How the checked drafts of one import (all of them, in file order) are written: a chunk at a time, in the
     * caller's transaction.
     */
    abstract Writer<D> writer(List<D> drafts);

    /** Writes the drafts of one import a chunk at a time. */
    interface Writer<D> {

        /** Creates each record, or updates the one with the draft's code; returns how many were created. */
        int write(List<D> chunk);
    }

    /** A writer that saves one draft after the other; {@code save} returns true when it created the record. */
    static <D> Writer<D> oneByOne(Predicate<D> save) {
        return chunk -> {
            int created = 0;
            for (D draft : chunk) {
                if (save.test(draft)) {
                    created++;
                }
            }
            return created;
        };
    }
}
