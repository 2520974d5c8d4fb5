package io.taisei.identity;

import java.util.List;
import java.util.Optional;

/** Finds enabled users to address: by role (e.g. every CISO), by mail address (a person in a ledger) or by name. */
public interface UserDirectory {

    List<UserContact> enabledUsersWithRole(Role role);

    /** The enabled user with this mail address (ignoring case), if exactly one has it. */
    Optional<UserContact> enabledUserByEmail(String email);

    Optional<UserContact> enabledUserByUsername(String username);
}
