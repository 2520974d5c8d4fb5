package io.taisei.asset;

/** Identifies a record of the asset ledgers; other modules keep this, never the record. */
public record ConnectionId(long value) {

    public static ConnectionId of(Long value) {
        return value == null ? null : new ConnectionId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
