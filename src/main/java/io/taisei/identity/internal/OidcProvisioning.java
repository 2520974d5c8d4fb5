package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns a user the IdP has authenticated into a local account: maps the groups claim to roles, creates the account
 * on first sign-in (without a password) or updates roles, name and email, and refuses users with no mapped role or
 * whose local account is disabled.
 */
@Service
public class OidcProvisioning {

    private static final Logger log = LoggerFactory.getLogger(OidcProvisioning.class);

    private final OidcSettings settings;
    private final UserAccountRepository users;
    private final UserAccounts accounts;

    OidcProvisioning(OidcSettings settings, UserAccountRepository users, UserAccounts accounts) {
        this.settings = settings;
        this.users = users;
        this.accounts = accounts;
    }

    /** The roles the mapping gives to these groups. */
    public static Set<Role> rolesFor(Object groupsClaim, Map<String, Role> mapping) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groupsClaim instanceof Collection<?> groups) {
            groups.forEach(group -> {
                Role role = mapping.get(String.valueOf(group));
                if (role != null) {
                    roles.add(role);
                }
            });
        } else if (groupsClaim instanceof String group) {
            for (String one : group.split(",")) {
                Role role = mapping.get(one.trim());
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    @Transactional
    public TaiseiOidcUser provision(OidcUser oidcUser) {
        Set<Role> roles = rolesFor(oidcUser.getClaims().get(settings.groupsClaim()), settings.groupRoles());
        if (roles.isEmpty()) {
            log.warn("OIDC sign-in refused for subject {}: no group maps to a Taisei role", oidcUser.getSubject());
            throw refusal("no_role", "No Taisei role for this user");
        }
        Object claimedName = oidcUser.getClaims().get(settings.usernameClaim());
        String username = claimedName == null ? oidcUser.getSubject() : claimedName.toString();
        String subject = oidcUser.getIssuer() + "#" + oidcUser.getSubject();
        UserAccount account = users.findByOidcSubject(subject)
                .or(() -> users.findByUsernameIgnoreCase(username))
                .orElse(null);
        String displayName = oidcUser.getFullName() != null ? oidcUser.getFullName() : username;
        if (account == null) {
            try {
                account = accounts.create(username, displayName, oidcUser.getEmail(), null, roles);
            } catch (IdentityException e) {
                throw refusal("invalid_username", "The user name from the IdP cannot be used");
            }
            log.info("Provisioned {} from OIDC with roles {}", account.getUsername(), roles);
        } else {
            if (account.getOidcSubject() != null && !account.getOidcSubject().equals(subject)) {
                throw refusal("subject_mismatch", "The local account is linked to another identity");
            }
            // A local account with a password is never taken over by an IdP identity that happens to share its name.
            if (account.getOidcSubject() == null && account.getPasswordHash() != null) {
                throw refusal("local_account", "A local account with this name exists");
            }
            if (!account.getRoles().equals(roles)) {
                account.setRoles(roles);
            }
            if (!displayName.equals(account.getDisplayName())) {
                account.setDisplayName(displayName);
            }
        }
        if (account.getOidcSubject() == null) {
            account.setOidcSubject(subject);
        }
        if (!account.isEnabled()) {
            throw refusal("disabled", "The account is disabled");
        }
        account = users.save(account);
        return new TaiseiOidcUser(account.getUsername(), TaiseiOidcUser.amrSaysMfa(oidcUser.getClaims().get("amr")),
                oidcUser.getAuthorities(), oidcUser.getIdToken(), oidcUser.getUserInfo());
    }

    private static OAuth2AuthenticationException refusal(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", code + ": " + description, null));
    }
}
