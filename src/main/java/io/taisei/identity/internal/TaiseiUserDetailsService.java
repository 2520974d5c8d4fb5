package io.taisei.identity.internal;

import io.taisei.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

@Service
class TaiseiUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    TaiseiUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        if (account.getPasswordHash() == null) {
            // Accounts provisioned through OIDC have no password and cannot sign in with the form.
            throw new UsernameNotFoundException("no password");
        }
        boolean locked = account.isLocked(Instant.now());
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(authoritiesOf(account.getRoles()))
                .disabled(!account.isEnabled())
                .accountLocked(locked)
                .build();
    }

    /** Role authorities ({@code ROLE_CISO}) plus every permission the roles grant. */
    static Collection<GrantedAuthority> authoritiesOf(Set<Role> roles) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (Role role : roles) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        }
        return authorities;
    }
}
