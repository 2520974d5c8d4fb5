package io.taisei.identity.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The steps of signing in to the web UI. After the first factor (password or OIDC) a user either is fully signed in,
 * or holds a partial authentication with the single authority {@link #MFA_PENDING} (must enter a code) or
 * {@link #MFA_ENROLMENT} (must enrol first); a partial authentication opens nothing but the MFA pages.
 */
@Component
public class SignIn {

    public static final String MFA_PENDING = "MFA_PENDING";
    public static final String MFA_ENROLMENT = "MFA_ENROLMENT";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Mfa mfa;

    SignIn(Mfa mfa) {
        this.mfa = mfa;
    }

    SecurityContextRepository contextRepository() {
        return contexts;
    }

    /** What the user holds after the first factor; {@code mfaDoneElsewhere} when the IdP vouches for MFA. */
    public Authentication afterFirstFactor(UserAccount account, boolean mfaDoneElsewhere) {
        if (!mfaDoneElsewhere && account.isMfaEnabled()) {
            return partial(account.getUsername(), MFA_PENDING);
        }
        if (!mfaDoneElsewhere && mfa.requiredFor(account)) {
            return partial(account.getUsername(), MFA_ENROLMENT);
        }
        return full(account);
    }

    public Authentication full(UserAccount account) {
        return UsernamePasswordAuthenticationToken.authenticated(account.getUsername(), null,
                TaiseiUserDetailsService.authoritiesOf(account.getRoles()));
    }

    private static Authentication partial(String username, String authority) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(authority)));
    }

    public static boolean isPartial(Authentication authentication) {
        return authentication != null && hasAny(authentication.getAuthorities());
    }

    static boolean hasAny(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> MFA_PENDING.equals(a) || MFA_ENROLMENT.equals(a));
    }

    /** Replaces the signed-in authentication, in this request and in the session. */
    public void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Applies the user's stored language to this browser. */
    public static void applyLocale(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(io.taisei.platform.UserLanguage.COOKIE, account.getLocale());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
