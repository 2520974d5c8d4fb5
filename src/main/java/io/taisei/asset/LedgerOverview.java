package io.taisei.asset;

import io.taisei.organization.PersonId;

import java.time.LocalDate;

/**
 * One ledger at a glance: how many records it holds and how many have every field the guideline requires (the
 * completeness score), who keeps it and when it is next reviewed.
 */
public record LedgerOverview(Ledger ledger, long records, long complete, PersonId ownerId, int reviewIntervalMonths,
                             LocalDate lastReviewedOn, LocalDate nextReviewOn, ReviewState reviewState,
                             long version) {

    /** The share of records with the required fields, 0–100 (100 for an empty ledger: nothing is missing). */
    public double completeness() {
        return records == 0 ? 100.0 : Math.floor(1000.0 * complete / records) / 10.0;
    }
}
