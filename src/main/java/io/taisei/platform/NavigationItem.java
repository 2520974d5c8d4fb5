package io.taisei.platform;

/**
 * A link in the main navigation, contributed as a bean by the module that owns the page. The shell shows it only to
 * users holding {@code requiredAuthority} (null: every signed-in user), so the menu lists exactly what a user can open.
 */
public record NavigationItem(String messageKey, String path, String requiredAuthority, int order) {
}
