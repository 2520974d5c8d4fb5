package io.taisei.asset;

/** Input formats shared by the drafts. */
final class Codes {

    /** Stable keys (the code that imports match on): letters, digits, dot, underscore and hyphen. */
    static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    private Codes() {
    }
}
