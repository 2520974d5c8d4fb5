package io.taisei.asset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Who keeps a ledger, how often it is reviewed, and when the next review is due. */
public record LedgerStewardshipDraft(Long ownerId, @NotNull @Min(1) @Max(36) Integer reviewIntervalMonths,
                                     LocalDate nextReviewOn) {
}
