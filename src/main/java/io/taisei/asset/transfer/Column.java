package io.taisei.asset.transfer;

/**
 * One column of a ledger file: its Japanese header and the draft field it fills, so that a validation error on a
 * field is reported against its column. A column without a field is written on export and ignored on import (a
 * value the application derives).
 */
record Column(String header, String field) {

    static Column of(String header, String field) {
        return new Column(header, field);
    }

    static Column derived(String header) {
        return new Column(header, null);
    }

    boolean requiredOnImport() {
        return field != null;
    }

    /** Whether a bean-validation property path ({@code systemIds[].<iterable element>}) concerns this column. */
    boolean concerns(String propertyPath) {
        return field != null && propertyPath != null && (propertyPath.equals(field)
                || propertyPath.startsWith(field + "[") || propertyPath.startsWith(field + "."));
    }
}
