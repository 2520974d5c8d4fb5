package io.taisei.asset.internal;

/** Input as stored: surrounding blanks removed, empty text as null. */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * A code as the database's {@code code_key} column holds it (upper case, computed by the database): codes are
     * unique and looked up ignoring case, through a unique index on that column rather than a scan of lower(code).
     */
    static String codeKey(String code) {
        String cleaned = clean(code);
        return cleaned == null ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
    }
}
