package io.taisei.identity.internal;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.util.Collection;
import java.util.List;

/**
 * An OIDC user linked to a local Taisei account: its name is the Taisei user name, and it knows whether the IdP
 * says a second factor was used ({@code amr} contains {@code mfa} or {@code otp}).
 */
public class TaiseiOidcUser extends DefaultOidcUser {

    private final String username;
    private final boolean mfaAtIdentityProvider;

    TaiseiOidcUser(String username, boolean mfaAtIdentityProvider, Collection<? extends GrantedAuthority> authorities,
                   OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.username = username;
        this.mfaAtIdentityProvider = mfaAtIdentityProvider;
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean mfaAtIdentityProvider() {
        return mfaAtIdentityProvider;
    }

    static boolean amrSaysMfa(Object amr) {
        if (amr instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).anyMatch(v -> List.of("mfa", "otp", "hwk", "swk").contains(v));
        }
        return amr != null && List.of("mfa", "otp").contains(amr.toString());
    }
}
