package io.taisei.identity.web;

import io.taisei.identity.internal.UserAccounts;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.net.URI;

/** Remembers the language a user chooses, in the profile (for the next browser) and in a cookie (for this one). */
@Controller
class LanguageController {

    private final UserAccounts accounts;

    LanguageController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/preferences/language")
    @PreAuthorize("isAuthenticated()")
    String changeLanguage(@RequestParam(defaultValue = "") String lang,
                          @RequestHeader(value = "Referer", required = false) String referer,
                          Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!UserAccounts.LANGUAGES.contains(lang)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "unknown language");
        }
        accounts.setLocale(authentication.getName(), lang);
        Cookie cookie = new Cookie(io.taisei.platform.UserLanguage.COOKIE, lang);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:" + sameOriginPath(referer, request);
    }

    /** The path of the referring page if it is on this site, else the home page: never an open redirect. */
    static String sameOriginPath(String referer, HttpServletRequest request) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean sameHost = uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && (uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort()) == request.getServerPort()
                    && uri.getScheme().equalsIgnoreCase(request.getScheme());
            String path = uri.getRawPath();
            if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            String contextPath = request.getContextPath();
            if (!contextPath.isEmpty()) {
                if (!path.startsWith(contextPath)) {
                    return "/";
                }
                path = path.substring(contextPath.length());
                if (path.isEmpty()) {
                    path = "/";
                }
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
