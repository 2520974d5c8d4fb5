package io.taisei.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Locale;

/**
 * What is special about requests to the REST API: they live under {@code /api/}, are answered with problem+json, and
 * speak the language asked for in {@code Accept-Language} (Japanese when none is asked for or none is supported).
 */
final class ApiRequests {

    static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    private ApiRequests() {
    }

    static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getRequestURI(), request.getContextPath());
    }

    static boolean isApiPath(String uri, String contextPath) {
        if (uri == null) {
            return false;
        }
        String path = contextPath != null && !contextPath.isEmpty() && uri.startsWith(contextPath)
                ? uri.substring(contextPath.length()) : uri;
        return path.equals("/api") || path.startsWith("/api/");
    }

    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.JAPANESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.JAPANESE : match;
        } catch (IllegalArgumentException malformedHeader) {
            return Locale.JAPANESE;
        }
    }
}
