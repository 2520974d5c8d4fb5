package io.taisei.platform;

import java.util.Locale;

/**
 * The user's language: Japanese unless chosen otherwise. The choice travels in a cookie of this name (read by the
 * web shell's locale resolver) and is kept in the user's profile by the identity module.
 */
public final class UserLanguage {

    public static final String COOKIE = "TAISEI_LANG";
    public static final Locale DEFAULT = Locale.JAPANESE;

    private UserLanguage() {
    }
}
