package io.taisei.asset;

import io.taisei.organization.PersonId;

import java.time.LocalDate;

public record LedgerReview(long id, Ledger ledger, PersonId reviewedById, LocalDate reviewedOn, String note) {
}
