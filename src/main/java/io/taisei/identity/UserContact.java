package io.taisei.identity;

/** How to reach a Taisei user: for notifications, in the app and by mail, in the user's language. */
public record UserContact(long userId, String username, String displayName, String email, String language) {
}
