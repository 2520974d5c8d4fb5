package io.taisei.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Sends a user who has passed only the first factor to the MFA step (or to enrolment) from whatever page they ask
 * for. The authorization rules refuse such users everywhere else anyway; this makes the refusal a helpful redirect.
 */
class MfaGateFilter extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of("/mfa", "/logout", "/login", "/error", "/webjars/", "/css/",
            "/js/", "/img/", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SignIn.isPartial(authentication) && !isOpen(request)) {
            boolean enrol = authentication.getAuthorities().stream()
                    .anyMatch(a -> SignIn.MFA_ENROLMENT.equals(a.getAuthority()));
            response.sendRedirect(request.getContextPath() + (enrol ? "/mfa/enrol" : "/mfa"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
