package io.taisei.asset.sbom.internal;

/** Text as stored: surrounding blanks removed, empty text as null, and no longer than its column. */
final class Texts {

    private Texts() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Cut to the column's length; only pathological files come near these lengths. */
    static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
