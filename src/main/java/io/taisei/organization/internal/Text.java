package io.taisei.organization.internal;

/** Input clean-up: surrounding blanks go, and a blank optional field is stored as null rather than as an empty string. */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
