package io.taisei.asset.diagram;

/**
 * Text widths estimated without fonts, so that the layout is the same on every server and in every browser: East Asian
 * wide characters take a full em, everything else a little over half. The estimate errs on the wide side.
 */
final class TextMetrics {

    static final double TITLE_SIZE = 12;
    static final double TEXT_SIZE = 11;
    static final double LABEL_SIZE = 10;

    private TextMetrics() {
    }

    static double width(String text, double fontSize, boolean bold) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += isWide(cp) ? 1.0 : 0.62;
            i += Character.charCount(cp);
        }
        return ems * fontSize * (bold ? 1.06 : 1.0);
    }

    /** The text, shortened with an ellipsis when it is wider than {@code maxWidth}. */
    static String fit(String text, double maxWidth, double fontSize, boolean bold) {
        if (text == null) {
            return "";
        }
        if (width(text, fontSize, bold) <= maxWidth) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = shown.toString() + new String(Character.toChars(cp)) + "…";
            if (width(next, fontSize, bold) > maxWidth) {
                break;
            }
            shown.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return shown + "…";
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
