package io.taisei.asset;

/** Identifies a record of the hardware and software ledger. */
public record HardwareSoftwareId(long value) {

    public static HardwareSoftwareId of(Long value) {
        return value == null ? null : new HardwareSoftwareId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
