package io.taisei.organization;

/** Identifies a department; other modules keep this, never a reference to the record itself. */
public record DepartmentId(long value) {

    public static DepartmentId of(Long value) {
        return value == null ? null : new DepartmentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
