package io.taisei.compliance;

import io.taisei.identity.Role;
import io.taisei.identity.internal.UserAccount;
import io.taisei.identity.internal.UserAccountRepository;

import java.util.Set;

/** The users the self-assessment tests name in their campaigns, created once per database with the given role. */
final class CampaignUsers {

    private CampaignUsers() {
    }

    static void ensure(UserAccountRepository users, String username, Role role) {
        if (users.findByUsernameIgnoreCase(username).isEmpty()) {
            users.save(new UserAccount(username, username, null, null, Set.of(role)));
        }
    }

    /** A new enabled or disabled user with a unique name, for the tests that refuse one. */
    static String create(UserAccountRepository users, String prefix, Role role, boolean enabled) {
        String username = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        UserAccount user = new UserAccount(username, "利用者 " + username, null, null, Set.of(role));
        user.setEnabled(enabled);
        users.save(user);
        return username;
    }
}
