package io.taisei.asset;

/** Narrows the connections; {@code systemId} matches either end, {@code dataCategory} what flows. */
public record ConnectionFilter(String q, ConnectionKind kind, SystemId systemId, DataCategory dataCategory,
                               NetworkZoneId zoneId) {
}
