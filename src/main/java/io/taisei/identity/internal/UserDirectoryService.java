package io.taisei.identity.internal;

import io.taisei.identity.Role;
import io.taisei.identity.UserContact;
import io.taisei.identity.UserDirectory;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
class UserDirectoryService implements UserDirectory {

    private final EntityManager entities;
    private final UserAccountRepository users;

    UserDirectoryService(EntityManager entities, UserAccountRepository users) {
        this.entities = entities;
        this.users = users;
    }

    @Override
    public List<UserContact> enabledUsersWithRole(Role role) {
        return entities.createQuery("select u from UserAccount u join u.roles r where r = :role and u.enabled = true"
                        + " order by u.username", UserAccount.class)
                .setParameter("role", role).getResultList().stream().map(UserDirectoryService::contact).toList();
    }

    @Override
    public Optional<UserContact> enabledUserByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        List<UserAccount> holders = entities.createQuery(
                        "select u from UserAccount u where lower(u.email) = :email and u.enabled = true", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).setMaxResults(2).getResultList();
        // A shared mailbox held by two accounts names nobody in particular.
        return holders.size() == 1 ? Optional.of(contact(holders.get(0))) : Optional.empty();
    }

    @Override
    public Optional<UserContact> enabledUserByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(username).filter(UserAccount::isEnabled).map(UserDirectoryService::contact);
    }

    private static UserContact contact(UserAccount user) {
        return new UserContact(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getLocale());
    }
}
