package io.taisei.asset;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A review of a ledger: who reviewed it, on what day, and what was found or changed. */
public record LedgerReviewDraft(@NotNull Long reviewedById, @NotNull @PastOrPresent LocalDate reviewedOn,
                                @Size(max = 2000) String note) {
}
