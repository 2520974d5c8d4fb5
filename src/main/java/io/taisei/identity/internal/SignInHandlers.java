package io.taisei.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;

/** What happens right after the first factor succeeds or fails, for form login and OIDC alike. */
@Component
public class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final UserAccountRepository users;
    private final SignIn signIn;
    private final LoginAttempts attempts;
    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInHandlers(UserAccountRepository users, SignIn signIn, LoginAttempts attempts) {
        this.users = users;
        this.signIn = signIn;
        this.attempts = attempts;
        savedRequest.setRequestCache(requestCache);
        savedRequest.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        UserAccount account = users.findByUsernameIgnoreCase(authentication.getName()).orElseThrow();
        boolean mfaAtIdp = authentication instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof TaiseiOidcUser user && user.mfaAtIdentityProvider();
        attempts.succeeded(account.getUsername());
        SignIn.applyLocale(account, request, response);
        Authentication next = signIn.afterFirstFactor(account, mfaAtIdp);
        signIn.establish(next, request, response);
        if (next.getAuthorities().stream().anyMatch(a -> SignIn.MFA_PENDING.equals(a.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + "/mfa");
        } else if (SignIn.isPartial(next)) {
            response.sendRedirect(request.getContextPath() + "/mfa/enrol");
        } else {
            savedRequest.onAuthenticationSuccess(request, response, next);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        Duration delay = exception instanceof BadCredentialsException
                ? attempts.failed(request.getParameter("username"))
                : attempts.failed(null);
        LoginAttempts.pause(delay);
        String reason = exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException
                ? "?error=oidc" : "?error";
        response.sendRedirect(request.getContextPath() + "/login" + reason);
    }

    /** After the second factor: the URL the user first asked for, or the home page. */
    public String targetAfterMfa(HttpServletRequest request, HttpServletResponse response) {
        var saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return request.getContextPath() + "/";
    }
}
