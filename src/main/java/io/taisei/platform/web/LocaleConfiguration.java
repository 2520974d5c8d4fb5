package io.taisei.platform.web;

import io.taisei.platform.UserLanguage;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.Locale;

/**
 * Japanese by default, English by choice. The choice lives in a cookie for the browser and in the user's profile
 * (the identity module writes both), so it follows a user to a new browser after sign-in. API clients have no such
 * cookie to speak of: they ask with {@code Accept-Language} (see {@link ApiRequests#locale}).
 */
@Configuration
class LocaleConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(UserLanguage.COOKIE) {
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                if (ApiRequests.isApi(request)) {
                    return new SimpleTimeZoneAwareLocaleContext(ApiRequests.locale(request), null);
                }
                return super.resolveLocaleContext(request);
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return ApiRequests.isApi(request) ? ApiRequests.locale(request) : super.resolveLocale(request);
            }
        };
        resolver.setDefaultLocale(UserLanguage.DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        // a tampered or garbled cookie means "no choice made", never an error page
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }
}
