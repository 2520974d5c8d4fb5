package io.taisei.asset;

/** Identifies a record of the asset ledgers; other modules keep this, never the record. */
public record DataAssetId(long value) {

    public static DataAssetId of(Long value) {
        return value == null ? null : new DataAssetId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
