package io.taisei.asset;

/** Identifies an information system or external system service; other modules keep this, never the record. */
public record SystemId(long value) {

    public static SystemId of(Long value) {
        return value == null ? null : new SystemId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
