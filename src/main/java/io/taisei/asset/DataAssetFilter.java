package io.taisei.asset;

/** Narrows the data ledger; null fields do not filter. {@code systemId} matches where the data is stored or processed. */
public record DataAssetFilter(String q, DataCategory category, Classification classification, SystemId systemId) {
}
