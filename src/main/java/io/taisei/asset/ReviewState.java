package io.taisei.asset;

/** Whether a ledger's review is due: no review date set, not yet due, due within 30 days, or past the date. */
public enum ReviewState { NOT_SCHEDULED, CURRENT, DUE_SOON, OVERDUE }
