package io.taisei.platform;

/**
 * A number shown beside a navigation link for the signed-in user, contributed as a bean by the module that owns the
 * page (unread notifications, for one). Zero shows nothing.
 */
public interface NavigationBadge {

    /** The navigation link ({@link NavigationItem#path()}) the number belongs to. */
    String path();

    long count(String username);
}
