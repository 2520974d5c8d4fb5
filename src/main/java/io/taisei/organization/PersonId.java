package io.taisei.organization;

/** Identifies a person; other modules keep this, never a reference to the record itself. */
public record PersonId(long value) {

    public static PersonId of(Long value) {
        return value == null ? null : new PersonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
