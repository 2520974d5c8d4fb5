package io.taisei.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>}. A token that is unknown, expired,
 * revoked or whose owner is disabled or locked is answered 401 at once; requests without the header go on (and are
 * refused by the authorization rules unless the endpoint is open).
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint unauthorized;
    private final AccessDeniedHandler forbidden;

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint unauthorized, AccessDeniedHandler forbidden) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
        this.forbidden = forbidden;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> authentication = tokens.authenticate(header.substring(7).trim());
        if (authentication.isEmpty()) {
            unauthorized.commence(request, response, new BadCredentialsException("unknown, expired or revoked API token"));
            return;
        }
        if (authentication.get().scope() == ApiToken.Scope.READ && !SAFE_METHODS.contains(request.getMethod())) {
            // Whatever an endpoint's own rule says, a read token never changes anything.
            forbidden.handle(request, response, new AccessDeniedException("read-only token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication.get());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
