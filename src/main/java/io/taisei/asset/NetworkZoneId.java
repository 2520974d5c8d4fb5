package io.taisei.asset;

/** Identifies a record of the asset ledgers; other modules keep this, never the record. */
public record NetworkZoneId(long value) {

    public static NetworkZoneId of(Long value) {
        return value == null ? null : new NetworkZoneId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
