package io.taisei.notification;

import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;

import java.util.Set;
import java.util.UUID;

/** Users for the notification tests, with unique names and addresses. */
public final class NotificationUsers {

    private NotificationUsers() {
    }

    public static UserAccount user(UserAccountRepository users, String language, Role... roles) {
        String name = "u" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount user = new UserAccount(name, "利用者 " + name, name + "@example.jp", null, Set.of(roles));
        user.setLocale(language);
        return users.save(user);
    }
}
