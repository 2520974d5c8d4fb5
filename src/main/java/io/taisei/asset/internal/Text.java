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
}
