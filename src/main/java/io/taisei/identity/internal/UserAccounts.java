package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates and changes user accounts, enforcing the password policy and the rule that the system never loses its
 * last enabled administrator.
 */
@Service
@Transactional
public class UserAccounts {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    public static final Set<String> LANGUAGES = Set.of("ja", "en");

    private final UserAccountRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final Sessions sessions;

    UserAccounts(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, PasswordPolicy passwordPolicy,
                 PasswordEncoder passwordEncoder, Sessions sessions) {
        this.users = users;
        this.recoveryCodes = recoveryCodes;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    /** A new local account; {@code password} may be null for users who sign in only through OIDC. */
    public UserAccount create(String username, String displayName, String email, String password, Set<Role> roles) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new IdentityException("username", "user.username.invalid");
        }
        if (users.findByUsernameIgnoreCase(name).isPresent()) {
            throw new IdentityException("username", "user.username.taken");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IdentityException("roles", "user.roles.empty");
        }
        String hash = null;
        if (password != null && !password.isEmpty()) {
            checkPassword(name, password);
            hash = passwordEncoder.encode(password);
        }
        UserAccount account = new UserAccount(name, blankToDefault(displayName, name), blankToNull(email), hash, roles);
        return users.save(account);
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String query, Pageable pageable) {
        String pattern = query == null || query.isBlank() ? null
                : "%" + query.trim().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        return users.search(pattern, pageable);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public UserAccount byUsername(String username) {
        return users.findByUsernameIgnoreCase(username).orElseThrow(() -> new UserNotFoundException(-1));
    }

    /**
     * Changes profile and roles. {@code actor} may not take the administrator role from themselves. When the roles
     * change, every web session of the user ends once the change commits, so the new roles apply from the next
     * request on: taken permissions are gone at once, and granted ones come with a fresh sign-in — which also asks
     * for the second factor if a new role requires it (reloading the roles into the running sessions could not).
     * API tokens need nothing: each request with a token is authorised with its owner's current roles.
     */
    public UserAccount update(long id, String displayName, String email, Set<Role> roles, String actor) {
        UserAccount account = get(id);
        if (roles == null || roles.isEmpty()) {
            throw new IdentityException("roles", "user.roles.empty");
        }
        boolean losesAdmin = account.getRoles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR);
        if (losesAdmin) {
            if (account.getUsername().equalsIgnoreCase(actor)) {
                throw new IdentityException("roles", "user.selfAdminRemoval");
            }
            guardLastAdmin(account);
        }
        boolean rolesChange = !EnumSet.copyOf(roles).equals(account.getRoles().isEmpty()
                ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles()));
        account.setDisplayName(blankToDefault(displayName, account.getUsername()));
        account.setEmail(blankToNull(email));
        account.setRoles(EnumSet.copyOf(roles));
        if (rolesChange) {
            endSessionsAfterCommit(account.getUsername());
        }
        return account;
    }

    private void endSessionsAfterCommit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sessions.signOutEverywhere(username);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.signOutEverywhere(username);
            }
        });
    }

    public UserAccount setEnabled(long id, boolean enabled, String actor) {
        UserAccount account = get(id);
        if (!enabled) {
            if (account.getUsername().equalsIgnoreCase(actor)) {
                throw new IdentityException(null, "user.selfDisable");
            }
            if (account.getRoles().contains(Role.ADMINISTRATOR)) {
                guardLastAdmin(account);
            }
        }
        account.setEnabled(enabled);
        return account;
    }

    public void unlock(long id) {
        UserAccount account = get(id);
        account.setLockedUntil(null);
        account.setFailedAttempts(0);
    }

    /** Forgets the user's TOTP secret and recovery codes; they enrol again at their next sign-in if required. */
    public void resetMfa(long id) {
        UserAccount account = get(id);
        account.setMfaSecret(null);
        account.setMfaEnabled(false);
        account.setMfaLastStep(null);
        recoveryCodes.deleteAll(recoveryCodes.findByUserId(account.getId()));
    }

    public void changePassword(String username, String current, String newPassword) {
        UserAccount account = byUsername(username);
        if (account.getPasswordHash() == null || current == null
                || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throw new IdentityException("currentPassword", "password.currentWrong");
        }
        checkPassword(account.getUsername(), newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    public void setLocale(String username, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IdentityException("lang", "language.unknown");
        }
        UserAccount account = byUsername(username);
        if (!language.equals(account.getLocale())) {
            account.setLocale(language);
        }
    }

    public int minPasswordLength() {
        return passwordPolicy.minLength();
    }

    public void checkPassword(String username, String password) {
        List<String> violations = passwordPolicy.violations(username, password);
        if (!violations.isEmpty()) {
            throw new IdentityException("password", violations.get(0));
        }
    }

    private void guardLastAdmin(UserAccount account) {
        if (account.isEnabled() && users.countEnabledWithRole(Role.ADMINISTRATOR) <= 1) {
            throw new IdentityException(null, "user.lastAdmin");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** No user with that id (or name): 404. */
    public static class UserNotFoundException extends io.taisei.platform.RecordNotFoundException {
        public UserNotFoundException(long id) {
            super("user", id);
        }
    }
}
