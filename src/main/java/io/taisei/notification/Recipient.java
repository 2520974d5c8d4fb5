package io.taisei.notification;

import io.taisei.identity.Role;

import java.util.Objects;

/**
 * Whom a notice is for: every enabled user holding a role, the owner of a mail address (a person in a ledger; the
 * user with that address sees it in the app, and the address gets the mail even if no user has it), or one user.
 */
public record Recipient(Kind kind, String value) {

    public enum Kind { ROLE, EMAIL, USERNAME }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a recipient needs a value");
        }
    }

    public static Recipient role(Role role) {
        return new Recipient(Kind.ROLE, role.name());
    }

    public static Recipient email(String address) {
        return new Recipient(Kind.EMAIL, address.strip());
    }

    public static Recipient username(String username) {
        return new Recipient(Kind.USERNAME, username);
    }
}
