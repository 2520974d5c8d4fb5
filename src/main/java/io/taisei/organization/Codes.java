package io.taisei.organization;

/** Input formats shared by the drafts. */
final class Codes {

    /** Stable keys (codes, employee numbers): letters, digits, dot, underscore and hyphen, starting with a letter or digit. */
    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    /** Kana readings: katakana, hiragana, the long-vowel mark, middle dot and spaces. */
    static final String KANA = "^[\\p{InKatakana}\\p{InHiragana}\\u30FC\\u30FB\\s\\u3000]*$";
    static final String PHONE = "^[0-9+()\\- ]*$";
    static final String USERNAME = "^[A-Za-z0-9._@-]*$";
    /** On top of {@code @Email}: the domain must have a dot, as every routable address does. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private Codes() {
    }
}
