package io.taisei.asset;

public record NetworkZoneSummary(NetworkZoneId id, String code, String name, ZoneKind kind, String addressRanges,
                                 String description, long version) {
}
