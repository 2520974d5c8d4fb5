package io.taisei.organization;

/** Identifies a legal entity; other modules keep this, never a reference to the record itself. */
public record LegalEntityId(long value) {

    public static LegalEntityId of(Long value) {
        return value == null ? null : new LegalEntityId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
